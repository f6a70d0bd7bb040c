// What to prepare for each dispute reason (DOMAIN.md §5). Ids are stable: the seller's ticks are
// stored under them in DisputeRecord.checklist, so an id must never be renamed or reused.
import type { DisputeReason, UiLanguage } from "../model";
import { notReceivedCase, type NotReceivedCase } from "./not-received-case";
import type { KnownFact } from "./known-evidence";
import type { MessageKey } from "../i18n/messages";
import { t } from "../i18n/translate";

export { notReceivedCase, type NotReceivedCase } from "./not-received-case";

export interface ChecklistItem {
  id: string;
  /** Its words, in public/_locales (checklistItemText). */
  textKey: MessageKey;
  /** What the extension already knows for this item, shown beside it (from the dispute and its order). */
  facts?: readonly KnownFact[];
  /** Facts that, all known, make the item ready without a tick: the item is the data itself. */
  filledBy?: readonly KnownFact[];
}

const item = (id: string, textKey: MessageKey, facts?: Pick<ChecklistItem, "facts" | "filledBy">): ChecklistItem => ({ id, textKey, ...facts });

/** The item in the UI language. */
export function checklistItemText(item: Pick<ChecklistItem, "textKey">, lang: UiLanguage): string {
  return t(lang, item.textKey);
}

const IN_TRANSIT: ChecklistItem[] = [
  item("nr-transit-tracking", "checklist_item_nr_transit_tracking", { facts: ["carrier", "trackingNumber"], filledBy: ["carrier", "trackingNumber"] }),
  item("nr-transit-screenshot", "checklist_item_nr_transit_screenshot"),
  item("nr-transit-promise", "checklist_item_nr_transit_promise"),
  item("nr-transit-extend", "checklist_item_nr_transit_extend"),
];

const DELIVERED: ChecklistItem[] = [
  item("nr-delivered-proof", "checklist_item_nr_delivered_proof"),
  item("nr-delivered-screenshot", "checklist_item_nr_delivered_screenshot", { facts: ["trackingNumber", "deliveredAt"] }),
  item("nr-delivered-address", "checklist_item_nr_delivered_address"),
];

const CUSTOMS_RETURNED_ADDRESS: ChecklistItem[] = [
  item("nr-customs-documents", "checklist_item_nr_customs_documents", { facts: ["carrier", "trackingNumber"] }),
  item("nr-customs-address", "checklist_item_nr_customs_address"),
  item("nr-customs-refusal", "checklist_item_nr_customs_refusal"),
];

const AS_DESCRIBED: ChecklistItem[] = [
  item("nad-listing-snapshot", "checklist_item_nad_listing_snapshot"),
  item("nad-size-chart", "checklist_item_nad_size_chart"),
  item("nad-photos", "checklist_item_nad_photos"),
  item("nad-chat", "checklist_item_nad_chat"),
];

const BY_REASON: Record<Exclude<DisputeReason, "not-received">, ChecklistItem[]> = {
  "not-as-described": AS_DESCRIBED,
  "wrong-item": AS_DESCRIBED,
  quality: [
    item("quality-test-video", "checklist_item_quality_test_video"),
    item("quality-instructions", "checklist_item_quality_instructions"),
    item("quality-chat", "checklist_item_quality_chat"),
  ],
  damaged: [
    item("damaged-packing", "checklist_item_damaged_packing"),
    item("damaged-weight", "checklist_item_damaged_weight"),
    item("damaged-carrier-claim", "checklist_item_damaged_carrier_claim"),
  ],
  "missing-parts": [
    item("missing-packing-video", "checklist_item_missing_packing_video"),
    item("missing-weight", "checklist_item_missing_weight"),
    item("missing-pick-list", "checklist_item_missing_pick_list"),
  ],
  counterfeit: [
    item("counterfeit-authorisation", "checklist_item_counterfeit_authorisation"),
    item("counterfeit-invoices", "checklist_item_counterfeit_invoices"),
  ],
  "change-of-mind": [
    item("mind-return-terms", "checklist_item_mind_return_terms"),
    item("mind-inspection", "checklist_item_mind_inspection"),
  ],
  other: [],
  unknown: [],
};

// The seed's own advice, for every reason (DOMAIN.md §5 "every reason").
const EVERY_REASON: ChecklistItem[] = [
  item("all-chat", "checklist_item_all_chat"),
  item("all-logistics", "checklist_item_all_logistics", { facts: ["carrier", "trackingNumber", "shippedAt", "deliveredAt"] }),
  item("all-order-screenshot", "checklist_item_all_order_screenshot"),
];

// DOMAIN.md §5 asks the same papers for a parcel held by customs, returned or sent to a wrong address.
const BY_CASE: Record<NotReceivedCase, ChecklistItem[]> = {
  "in-transit": IN_TRANSIT,
  delivered: DELIVERED,
  customs: CUSTOMS_RETURNED_ADDRESS,
  returned: CUSTOMS_RETURNED_ADDRESS,
};

/**
 * Items to prepare for a dispute. For "not received" with no recognisable sub-case
 * ("Item not received", "Invalid tracking"), every sub-case's items: unknown beats wrong.
 */
export function evidenceChecklist(reason: DisputeReason, reasonText: string | null): ChecklistItem[] {
  let specific: ChecklistItem[];
  if (reason === "not-received") {
    const subCase = notReceivedCase(reasonText);
    specific = subCase ? BY_CASE[subCase] : [...IN_TRANSIT, ...DELIVERED, ...CUSTOMS_RETURNED_ADDRESS];
  } else {
    specific = BY_REASON[reason];
  }
  return [...specific, ...EVERY_REASON];
}
