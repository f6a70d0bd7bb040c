// The denormalised "next seller deadline" kept on every stored dispute (lib/db/schema.ts StoredDispute).
// The clocks themselves are lib/rules' business: this file only picks the earliest one that alarms.
import type { DisputeRecord, Settings } from "../model";
import { computeDeadlines } from "../rules/compute-deadlines";
import type { ComputedDeadline } from "../rules/types";

/** Earliest `dueAt` among the deadlines that ring for the seller (alarm true), or null when none does. */
export function pickNextSellerDeadline(deadlines: readonly ComputedDeadline[]): string | null {
  let earliest: { iso: string; ms: number } | null = null;
  for (const deadline of deadlines) {
    if (!deadline.alarm) continue;
    const ms = Date.parse(deadline.dueAt);
    if (Number.isNaN(ms)) continue;
    if (earliest === null || ms < earliest.ms) earliest = { iso: new Date(ms).toISOString(), ms };
  }
  return earliest === null ? null : earliest.iso;
}

/** The value to store in `nextSellerDeadline` for a record as of `now`. */
export function computeNextSellerDeadline(record: DisputeRecord, now: Date, settings: Settings): string | null {
  return pickNextSellerDeadline(computeDeadlines(record, now, settings));
}
