// What the extension already knows that a seller would otherwise look up for the evidence checklist: the carrier,
// the tracking number and the order's times, from the dispute and its order record (the dispute's own reading wins:
// it is what the dispute page shows).
import type { DisputeRecord, OrderRecord } from "../model";
import { evidenceChecklist, type ChecklistItem } from "./checklists";

export const KNOWN_FACTS = ["carrier", "trackingNumber", "paidAt", "shippedAt", "deliveredAt"] as const;
export type KnownFact = (typeof KNOWN_FACTS)[number];

/** Each fact as read (times as ISO-8601 UTC), null when not known. Plain data: it crosses messages. */
export type KnownEvidence = Record<KnownFact, string | null>;

export const NOTHING_KNOWN: KnownEvidence = { carrier: null, trackingNumber: null, paidAt: null, shippedAt: null, deliveredAt: null };

const present = (value: string | null | undefined): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);

export function knownEvidenceOf(
  dispute: Pick<DisputeRecord, "carrier" | "trackingNumber">,
  order: Pick<OrderRecord, "carrier" | "trackingNumber" | "paidAt" | "shippedAt" | "deliveredAt"> | null | undefined,
): KnownEvidence {
  return {
    carrier: present(dispute.carrier) ?? present(order?.carrier),
    trackingNumber: present(dispute.trackingNumber) ?? present(order?.trackingNumber),
    paidAt: present(order?.paidAt),
    shippedAt: present(order?.shippedAt),
    deliveredAt: present(order?.deliveredAt),
  };
}

export interface ChecklistEntry {
  item: ChecklistItem;
  /** The item's facts that are known, in the item's order. */
  facts: Array<{ fact: KnownFact; value: string }>;
  /** Ready because the extension knows what the item asks for (e.g. carrier and tracking number). */
  filled: boolean;
  /** The seller's own tick. */
  ticked: boolean;
  done: boolean;
}

/** The checklist for a dispute with the seller's ticks and what is known; pure, for the overlay and the popup. */
export function checklistEntries(
  dispute: Pick<DisputeRecord, "reason" | "reasonText" | "checklist">,
  known: KnownEvidence,
): ChecklistEntry[] {
  return evidenceChecklist(dispute.reason, dispute.reasonText).map((item) => {
    const facts = (item.facts ?? []).flatMap((fact) => {
      const value = known[fact];
      return value === null ? [] : [{ fact, value }];
    });
    const filled = item.filledBy !== undefined && item.filledBy.every((fact) => known[fact] !== null);
    const ticked = dispute.checklist[item.id] === true;
    return { item, facts, filled, ticked, done: filled || ticked };
  });
}

/** "3/7": items ready (ticked or filled) out of all. */
export function checklistProgress(entries: readonly ChecklistEntry[]): { done: number; total: number } {
  return { done: entries.filter((entry) => entry.done).length, total: entries.length };
}

