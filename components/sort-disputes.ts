// The popup's order: disputes with a seller-side deadline first (most urgent first), then those
// shown for information, then closed ones (collapsed).
import { FINISHED_STATUSES, type DisputeRecord, type DisputeStatus } from "../lib/model";
import type { UnknownDeadline } from "../lib/rules/compute-deadlines";
import type { ComputedDeadline } from "../lib/rules/types";
import { isSellerDeadline } from "./urgency";

export interface DisputeWithDeadlines {
  record: DisputeRecord;
  deadlines: ComputedDeadline[];
  /** Clocks that run but cannot be dated (explainUnknownDeadlines): shown as "deadline unknown" + why. */
  unknown?: UnknownDeadline[];
}

export type DisputeGroup = "action" | "information" | "closed";

// Statuses where the next move is the seller's (DOMAIN.md §4): even with an unknown deadline they need action.
const SELLER_MOVE_STATUSES: readonly DisputeStatus[] = ["awaiting-seller", "awaiting-seller-receipt"];

const HOUR_MS = 3_600_000;

export function isClosed(record: Pick<DisputeRecord, "status">): boolean {
  return FINISHED_STATUSES.includes(record.status);
}

export function disputeGroup(item: DisputeWithDeadlines): DisputeGroup {
  if (isClosed(item.record)) return "closed";
  if (item.record.handled) return "information";
  if (
    item.deadlines.some(isSellerDeadline) ||
    (item.unknown ?? []).some((clock) => clock.actor === "seller" && clock.alarm) ||
    SELLER_MOVE_STATUSES.includes(item.record.status)
  )
    return "action";
  return "information";
}

export { primaryDeadline } from "../lib/rules/primary-deadline";

function earliestSellerDueMs(item: DisputeWithDeadlines): number {
  const due = item.deadlines.filter(isSellerDeadline).map((d) => Date.parse(d.dueAt));
  // An unknown seller-side deadline sorts after every known one of its group.
  return due.length > 0 ? Math.min(...due) : Number.POSITIVE_INFINITY;
}

function earliestAnyDueMs(item: DisputeWithDeadlines): number {
  const due = item.deadlines.map((d) => Date.parse(d.dueAt));
  return due.length > 0 ? Math.min(...due) : Number.POSITIVE_INFINITY;
}

const GROUP_ORDER: Record<DisputeGroup, number> = { action: 0, information: 1, closed: 2 };

function compareFinite(a: number, b: number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Sorted copy: action by earliest seller deadline, information by earliest clock, closed by last seen (newest first). */
export function sortDisputes<T extends DisputeWithDeadlines>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const groupA = disputeGroup(a);
    const groupB = disputeGroup(b);
    if (groupA !== groupB) return GROUP_ORDER[groupA] - GROUP_ORDER[groupB];
    let order = 0;
    if (groupA === "action") order = compareFinite(earliestSellerDueMs(a), earliestSellerDueMs(b));
    else if (groupA === "information") order = compareFinite(earliestAnyDueMs(a), earliestAnyDueMs(b));
    else order = compareFinite(Date.parse(b.record.lastSeenAt), Date.parse(a.record.lastSeenAt));
    if (order !== 0) return order;
    return a.record.disputeId < b.record.disputeId ? -1 : a.record.disputeId > b.record.disputeId ? 1 : 0;
  });
}

/** Disputes the seller must act on within `withinHours` (overdue included): the popup header's count. */
export function countNeedingAction(items: readonly DisputeWithDeadlines[], now: Date, withinHours = 24): number {
  const limit = now.getTime() + withinHours * HOUR_MS;
  return items.filter(
    (item) => disputeGroup(item) === "action" && earliestSellerDueMs(item) <= limit,
  ).length;
}
