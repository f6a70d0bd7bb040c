// The passive reader's blind spot (issue 6): a dispute is invisible until a page shows it,
// so a store whose dispute list has not been read completely for a while is reported.
import type { ListReadStatus, Settings } from "../model";

const HOUR_MS = 3_600_000;

export interface StaleList {
  channelId: string;
  lastCompleteReadAt: string | null;
}

/** True when the list was never read completely, or longer ago than `staleListHours`. */
export function isListStale(status: ListReadStatus, settings: Pick<Settings, "staleListHours">, now: Date): boolean {
  if (status.lastCompleteReadAt === null) return true;
  return now.getTime() - Date.parse(status.lastCompleteReadAt) > settings.staleListHours * HOUR_MS;
}

/** Stale lists to report; a store whose login expired is reported as that alone (logging in comes first). */
export function findStaleLists(listReads: readonly ListReadStatus[], settings: Pick<Settings, "staleListHours">, now: Date): StaleList[] {
  return listReads
    .filter((status) => status.loginExpiredAt === null && isListStale(status, settings, now))
    .map((status) => ({ channelId: status.channelId, lastCompleteReadAt: status.lastCompleteReadAt }));
}

/** When a list read completely at `lastCompleteReadAt` turns stale; null when it already is or never was read. */
export function staleMarkOf(status: ListReadStatus, settings: Settings): Date | null {
  if (status.lastCompleteReadAt === null) return null;
  return new Date(Date.parse(status.lastCompleteReadAt) + settings.staleListHours * HOUR_MS + 1);
}
