// Which of a dispute's clocks to headline, and which clocks are the seller's to beat.
import type { ComputedDeadline } from "./types";

/** A clock that is not the seller's to beat (buyer's, platform's, information only) is never alarmed or coloured. */
export function isSellerDeadline(deadline: ComputedDeadline): boolean {
  return deadline.actor === "seller" && deadline.alarm && deadline.informational !== true;
}

const byDueAt = (a: ComputedDeadline, b: ComputedDeadline) => Date.parse(a.dueAt) - Date.parse(b.dueAt);

/**
 * The clock to headline: the earliest seller-side one, else the earliest other real clock (the buyer's return).
 * Never an informational one: "the platform may step in from …" is not a deadline (DOMAIN.md §1), and a
 * dispute with only that has no deadline to show (its overlay says unknown, with why).
 */
export function primaryDeadline(deadlines: readonly ComputedDeadline[]): ComputedDeadline | null {
  const sorted = [...deadlines].sort(byDueAt);
  return sorted.find(isSellerDeadline) ?? sorted.find((d) => d.informational !== true) ?? null;
}
