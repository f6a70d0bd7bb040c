// What to prepare for each dispute reason (DOMAIN.md §5). Ids are stable: the seller's ticks are
// stored under them in DisputeRecord.checklist, so an id must never be renamed or reused.
import type { DisputeReason, UiLanguage } from "../model";
import { notReceivedCase, type NotReceivedCase } from "./not-received-case";
import type { KnownFact } from "./known-evidence";

export { notReceivedCase, type NotReceivedCase } from "./not-received-case";

export interface ChecklistItem {
  id: string;
  text: Record<UiLanguage, string>;
  /** What the extension already knows for this item, shown beside it (from the dispute and its order). */
  facts?: readonly KnownFact[];
  /** Facts that, all known, make the item ready without a tick: the item is the data itself. */
  filledBy?: readonly KnownFact[];
}

const item = (id: string, en: string, zh: string, facts?: Pick<ChecklistItem, "facts" | "filledBy">): ChecklistItem => ({ id, text: { en, zh }, ...facts });

const IN_TRANSIT: ChecklistItem[] = [
  item("nr-transit-tracking", "Carrier and tracking number", "物流商和运单号", { facts: ["carrier", "trackingNumber"], filledBy: ["carrier", "trackingNumber"] }),
  item("nr-transit-screenshot", "Tracking screenshot showing the latest event", "显示最新物流动态的跟踪截图"),
  item("nr-transit-promise", "The promised delivery time", "承诺的送达时间"),
  item("nr-transit-extend", "Offer the buyer to extend purchase protection", "向买家提议延长买家保护期"),
];

const DELIVERED: ChecklistItem[] = [
  item("nr-delivered-proof", "Carrier proof of delivery (signature, photo, GPS)", "物流商的妥投证明（签收、照片、GPS）"),
  item("nr-delivered-screenshot", "Tracking screenshot showing delivery", "显示妥投的物流跟踪截图", { facts: ["trackingNumber", "deliveredAt"] }),
  item("nr-delivered-address", "Address on the label matches the order", "面单地址与订单地址一致"),
];

const CUSTOMS_RETURNED_ADDRESS: ChecklistItem[] = [
  item("nr-customs-documents", "Customs or carrier documents", "海关或物流商的文件", { facts: ["carrier", "trackingNumber"] }),
  item("nr-customs-address", "The order's address snapshot against the label", "订单地址快照与面单对照"),
  item("nr-customs-refusal", "The buyer's refusal, if any", "买家拒收的证明（如有）"),
];

const AS_DESCRIBED: ChecklistItem[] = [
  item("nad-listing-snapshot", "Listing snapshot (the order's product snapshot)", "商品快照（订单中的产品快照）"),
  item("nad-size-chart", "Size chart", "尺码表"),
  item("nad-photos", "Photos or video of the item and its label before shipping", "发货前商品及标签的照片或视频"),
  item("nad-chat", "Chat log with the buyer about the item", "与买家关于商品的聊天记录"),
];

const BY_REASON: Record<Exclude<DisputeReason, "not-received">, ChecklistItem[]> = {
  "not-as-described": AS_DESCRIBED,
  "wrong-item": AS_DESCRIBED,
  quality: [
    item("quality-test-video", "Test or QC video made before shipping", "发货前的测试或质检视频"),
    item("quality-instructions", "Instructions and troubleshooting sent to the buyer", "发给买家的说明书和故障排除步骤"),
    item("quality-chat", "Chat log with the buyer about the problem", "与买家关于故障的聊天记录"),
  ],
  damaged: [
    item("damaged-packing", "Packing photos or video", "打包照片或视频"),
    item("damaged-weight", "Parcel weight", "包裹重量"),
    item("damaged-carrier-claim", "Claim filed with the carrier", "向物流商提出的索赔"),
  ],
  "missing-parts": [
    item("missing-packing-video", "Packing video", "打包视频"),
    item("missing-weight", "Weight on the label against the expected weight", "面单重量与应有重量对照"),
    item("missing-pick-list", "Pick list", "拣货单"),
  ],
  counterfeit: [
    item("counterfeit-authorisation", "Brand authorisation", "品牌授权书"),
    item("counterfeit-invoices", "Purchase invoices", "进货发票"),
  ],
  "change-of-mind": [
    item("mind-return-terms", "The listing's return terms", "商品页面的退货条款"),
    item("mind-inspection", "Inspection photos of the returned item", "退回商品的检验照片"),
  ],
  other: [],
  unknown: [],
};

// The seed's own advice, for every reason (DOMAIN.md §5 "every reason").
const EVERY_REASON: ChecklistItem[] = [
  item("all-chat", "Chat records with the buyer", "与买家的聊天记录"),
  item("all-logistics", "Logistics information", "物流信息", { facts: ["carrier", "trackingNumber", "shippedAt", "deliveredAt"] }),
  item("all-order-screenshot", "Order screenshot", "订单截图"),
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
