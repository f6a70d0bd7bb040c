// Every write of a dispute goes through here, so the denormalised index field never goes stale on a write.
import { DEFAULT_SETTINGS, type DisputeRecord, type Settings } from "../model";
import { computeNextSellerDeadline } from "../tracker/next-seller-deadline";
import type { StoredDispute } from "./schema";

/** The row to store for a record: `nextSellerDeadline` recomputed as of `now`, absent when there is none. */
export function toStoredDispute(record: DisputeRecord, now: Date, settings: Settings = DEFAULT_SETTINGS): StoredDispute {
  const { nextSellerDeadline: _previous, ...plain }: StoredDispute = record;
  const next = computeNextSellerDeadline(plain, now, settings);
  return next === null ? plain : { ...plain, nextSellerDeadline: next };
}
