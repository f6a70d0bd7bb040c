// Notices about our blind spots (DESIGN.md "the passive reader"): a store's dispute list not read
// completely for a while, or a login that expired. Pure: built from ListReadStatus and `now`.
import type { ListReadStatus } from "../model";
import { findStaleLists } from "./list-freshness";

export type ListNotice =
  | { kind: "stale-list"; channelId: string; lastCompleteReadAt: string | null }
  | { kind: "login-expired"; channelId: string; since: string };

/** One notice per store at most: an expired login hides staleness (logging in comes first). */
export function buildListNotices(statuses: readonly ListReadStatus[], now: Date, staleListHours: number): ListNotice[] {
  const notices: ListNotice[] = [];
  for (const status of statuses) {
    if (status.loginExpiredAt !== null) notices.push({ kind: "login-expired", channelId: status.channelId, since: status.loginExpiredAt });
  }
  for (const stale of findStaleLists(statuses, { staleListHours }, now)) {
    notices.push({ kind: "stale-list", channelId: stale.channelId, lastCompleteReadAt: stale.lastCompleteReadAt });
  }
  return notices;
}
