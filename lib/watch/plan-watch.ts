// The watch (issue 13): when to open a store's dispute list in a background tab so no dispute waits unseen.
// Pure: settings, what we know of each store's list and `now` in, the next step out. Time is a parameter
// (DESIGN.md principle 5); the runner (watch-runner.ts) carries the step out and re-plans after it.
import type { ListReadStatus, Settings } from "../model";
import { findQuietWindow } from "../reminders/quiet-hours";

const HOUR_MS = 3_600_000;
/** A known seller deadline this close overrides quiet hours: a check at 3 a.m. beats a lost dispute. */
export const URGENT_OVERRIDE_MS = 6 * HOUR_MS;
export const MIN_WATCH_HOURS = 1;
export const MAX_WATCH_HOURS = 12;

/** A check under way: its tab, and the stores still to check after it (one tab at a time). */
export interface WatchRun {
  tabId: number | null;
  channelId: string;
  startedAt: string;
  /** Stores waiting for their turn in this run. */
  queue: string[];
  trigger: "schedule" | "manual";
  /** A reading of the list reached the tracker; the tab closes once the page has settled. */
  readAt?: string | null;
  /** The most disputes one of the tab's readings held. */
  disputes?: number | null;
}

export interface WatchInput {
  settings: Pick<Settings, "watchEnabled" | "watchEveryHours" | "quietHours">;
  /** Stores we know: the listReads rows with a channelId (the ones a list URL can be built for). */
  stores: readonly ListReadStatus[];
  run: WatchRun | null;
  /** The soonest open seller deadline we know (ISO UTC), or null. */
  nearestSellerDeadline: string | null;
  now: Date;
  /** The browser's zone: quiet hours are read in it. */
  browserZone: string;
}

export type WatchStep =
  | { kind: "off"; why: "disabled" | "no-store" }
  /** A login expired: nothing opens until a page is read successfully again. */
  | { kind: "paused"; since: string }
  /** One tab at a time: the run under way finishes first. */
  | { kind: "busy"; channelId: string }
  | { kind: "wait"; until: Date; why: "interval" | "quiet-hours" }
  | { kind: "check"; channelIds: string[] };

/** The interval in hours the seller chose, kept within 1–12 whatever the stored value. */
export function watchIntervalHours(settings: Pick<Settings, "watchEveryHours">): number {
  const hours = Number.isFinite(settings.watchEveryHours) ? settings.watchEveryHours : 3;
  return Math.min(MAX_WATCH_HOURS, Math.max(MIN_WATCH_HOURS, hours));
}

/** The stores a watch can open: those whose channelId we know (a list URL needs it). */
export function watchableStores(stores: readonly ListReadStatus[]): ListReadStatus[] {
  return stores.filter((store) => store.channelId !== "");
}

/** When the store's list was last seen, by the watch or by the seller: both count, so it is never checked more often than asked. */
export function lastSightOf(store: ListReadStatus): number | null {
  const times = [store.lastReadAt, store.lastCheck?.at ?? null].filter((t): t is string => t !== null).map(Date.parse);
  return times.length === 0 ? null : Math.max(...times);
}

export function planWatch(input: WatchInput): WatchStep {
  const { settings, now } = input;
  if (!settings.watchEnabled) return { kind: "off", why: "disabled" };
  const stores = watchableStores(input.stores);
  if (stores.length === 0) return { kind: "off", why: "no-store" };
  const expired = input.stores.map((store) => store.loginExpiredAt).filter((at): at is string => at !== null);
  if (expired.length > 0) return { kind: "paused", since: expired.sort()[0] ?? "" };
  if (input.run !== null) return { kind: "busy", channelId: input.run.channelId };

  const everyMs = watchIntervalHours(settings) * HOUR_MS;
  const nowMs = now.getTime();
  const dueAt = (store: ListReadStatus) => {
    const sight = lastSightOf(store);
    return sight === null ? nowMs : sight + everyMs;
  };
  const due = stores.filter((store) => dueAt(store) <= nowMs).map((store) => store.channelId);
  const nextDue = Math.min(...stores.map(dueAt));
  if (due.length === 0) return { kind: "wait", until: new Date(nextDue), why: "interval" };

  const quiet = findQuietWindow(settings.quietHours, now, input.browserZone);
  if (quiet !== null) {
    const deadlineMs = input.nearestSellerDeadline === null ? null : Date.parse(input.nearestSellerDeadline);
    const urgent = deadlineMs !== null && deadlineMs - nowMs <= URGENT_OVERRIDE_MS;
    if (!urgent) {
      // Woken again when the quiet hours end, or when the known deadline comes within 6 hours, whichever is first.
      const wake = deadlineMs === null ? quiet.end.getTime() : Math.min(quiet.end.getTime(), deadlineMs - URGENT_OVERRIDE_MS);
      return { kind: "wait", until: new Date(Math.max(wake, nowMs + 60_000)), why: "quiet-hours" };
    }
  }
  return { kind: "check", channelIds: due };
}
