// `nextSellerDeadline` is computed when a row is written; rule lengths (settings.ruleHours) and rules that
// depend on `now` (DOMAIN.md §1: an opening older than 5 days no longer dates R-RESPOND) can change it
// without any new reading. The background runs this on start-up and after a settings change.
import type { IDBPDatabase } from "idb";
import type { Settings } from "../model";
import type { SentinelDb } from "./schema";
import { toStoredDispute } from "./to-stored-dispute";

/** Rewrites every dispute whose next seller deadline changed, in one transaction; returns how many. */
export async function recomputeNextSellerDeadlines(
  db: IDBPDatabase<SentinelDb>,
  now: Date,
  settings: Settings,
): Promise<number> {
  const tx = db.transaction("disputes", "readwrite");
  const rows = await tx.store.getAll();
  const changed = rows
    .map((row) => ({ row, next: toStoredDispute(row, now, settings) }))
    .filter(({ row, next }) => row.nextSellerDeadline !== next.nextSellerDeadline)
    .map(({ next }) => next);
  await Promise.all([...changed.map((row) => tx.store.put(row)), tx.done]);
  return changed.length;
}
