// The popup's triage (issue 11, DOMAIN.md §6): which disputes a filter shows, the search over ids, product and
// buyer, today's new disputes, and disputes grouped by buyer to spot repeat claimants. Pure: items and `now` in.
import { TZDate } from "@date-fns/tz";
import type { DisputeStatus } from "../lib/model";
import { disputeGroup, isClosed, type DisputeWithDeadlines } from "./sort-disputes";

export const POPUP_FILTERS = ["open", "needs-action", "awaiting-buyer", "platform-review", "closed", "handled"] as const;
export type PopupFilter = (typeof POPUP_FILTERS)[number];

// The buyer's move: waiting for an answer, or for the return to be shipped (DOMAIN.md §4).
const BUYER_MOVE: readonly DisputeStatus[] = ["awaiting-buyer", "awaiting-buyer-return", "negotiating"];

export function matchesFilter(item: DisputeWithDeadlines, filter: PopupFilter): boolean {
  const { record } = item;
  switch (filter) {
    case "open":
      return !isClosed(record);
    case "needs-action":
      return disputeGroup(item) === "action";
    case "awaiting-buyer":
      return !isClosed(record) && BUYER_MOVE.includes(record.status);
    case "platform-review":
      return record.status === "platform-review";
    case "closed":
      return isClosed(record);
    case "handled":
      return record.handled;
  }
}

/** Lower case, no spaces: "8190 0000" and "81900000" are the same order id to a seller pasting it. */
function searchable(text: string): string {
  return text.toLowerCase().replace(/\s+/g, "");
}

/** Every word of the query must be found in an id, the product title or the buyer's name. */
export function matchesSearch(item: DisputeWithDeadlines, query: string): boolean {
  const words = query.trim().split(/\s+/).filter((word) => word !== "").map(searchable);
  if (words.length === 0) return true;
  const { record } = item;
  const haystack = [record.orderId, record.disputeId, record.shownDisputeId, record.productTitle, record.buyer]
    .filter((value): value is string => value !== null)
    .map(searchable)
    .join("\n");
  return words.every((word) => haystack.includes(word));
}

export function filterDisputes<T extends DisputeWithDeadlines>(items: readonly T[], filter: PopupFilter, query: string): T[] {
  return items.filter((item) => matchesFilter(item, filter) && matchesSearch(item, query));
}

/** How many of each filter there are (the filter buttons' counts), search applied. */
export function filterCounts(items: readonly DisputeWithDeadlines[], query: string): Record<PopupFilter, number> {
  const counts = Object.fromEntries(POPUP_FILTERS.map((filter) => [filter, 0])) as Record<PopupFilter, number>;
  for (const item of items) {
    if (!matchesSearch(item, query)) continue;
    for (const filter of POPUP_FILTERS) if (matchesFilter(item, filter)) counts[filter]++;
  }
  return counts;
}

/** Disputes opened today in the seller's own zone (the first sight of it when the opening time is unknown). */
export function countOpenedToday(items: readonly DisputeWithDeadlines[], now: Date, zone: string): number {
  const today = new TZDate(now.getTime(), zone);
  const startOfDay = new TZDate(today.getFullYear(), today.getMonth(), today.getDate(), zone).getTime();
  return items.filter((item) => {
    const opened = Date.parse(item.record.openedAt ?? item.record.firstSeenAt);
    return opened >= startOfDay && opened <= now.getTime();
  }).length;
}

export interface BuyerGroup<T> {
  buyer: string | null;
  items: T[];
}

/** Disputes by buyer, repeat claimants first (most disputes first), then by the order the items came in. */
export function groupByBuyer<T extends DisputeWithDeadlines>(items: readonly T[]): BuyerGroup<T>[] {
  const groups = new Map<string, BuyerGroup<T>>();
  for (const item of items) {
    const buyer = item.record.buyer?.trim() || null;
    const key = buyer === null ? "\u0000unknown" : buyer.toLowerCase();
    const group = groups.get(key) ?? { buyer, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  // Stable: Array.prototype.sort keeps the insertion (urgency) order among equal sizes; unknown buyers last.
  return [...groups.values()].sort((a, b) => {
    if ((a.buyer === null) !== (b.buyer === null)) return a.buyer === null ? 1 : -1;
    return b.items.length - a.items.length;
  });
}
