// Carries out the watch's plan (issue 13): opens a store's dispute list in a background tab, lets the content
// script read it like any page the seller opens, records what came of it, closes the tab, then the next store.
// Only the seller's own seller-center pages with the seller's own session: no platform API call, no click.
// The service worker dies often, so the run under way lives in a store (storage.session), never only in memory;
// one alarm wakes the worker for the next check or for the run's time-out.
import type { IDBPDatabase } from "idb";
import type { ListReadStatus, PageReading, Settings, WatchCheck, WatchOutcome } from "../model";
import type { SentinelDb } from "../db/schema";
import { getListReads, getMostUrgent, getSettings } from "../db/queries";
import { disputeListUrl } from "../reminders/notification-id";
import { SELLER_CENTER_MATCHES } from "../page/seller-center-hosts";
import { planWatch, watchableStores, type WatchRun, type WatchStep } from "./plan-watch";

export const WATCH_ALARM = "dispute-sentinel-watch";
/** How long a tab may take to give a reading before the check ends as "no answer". */
export const CHECK_TIMEOUT_MS = 60_000;
/** After a reading, the page may still receive its list JSON or further rows: a moment before closing. */
export const SETTLE_MS = 3_000;

/** The part of `browser.tabs` the watch uses: none of it needs the "tabs" permission. */
export interface WatchTabs {
  create(props: { url: string; active: boolean }): Promise<{ id?: number }>;
  remove(tabId: number): Promise<void>;
  /** A tab's URL is visible only on hosts we have permission for: on the sign-in page it is not. */
  get(tabId: number): Promise<{ url?: string }>;
}

export interface WatchAlarms {
  create(name: string, info: { when: number }): unknown;
  clear(name: string): Promise<unknown>;
}

/** Where the run under way is kept between wake-ups of the worker (storage.session in the extension). */
export interface WatchRunStore {
  load(): Promise<WatchRun | null>;
  save(run: WatchRun | null): Promise<void>;
}

export interface WatchRunnerDeps {
  db: IDBPDatabase<SentinelDb>;
  clock: () => Date;
  browserZone: () => string;
  tabs: WatchTabs;
  alarms: WatchAlarms;
  runStore: WatchRunStore;
  /** Runs `work` after `ms` while the worker lives; the alarm covers the case where it does not. */
  later?: (work: () => void, ms: number) => void;
  /** After a check has been recorded (reminders re-planned: a sign-in notice, the badge). */
  afterCheck?: (outcome: WatchOutcome) => Promise<unknown>;
  timeoutMs?: number;
  settleMs?: number;
}

export interface WatchView {
  enabled: boolean;
  everyHours: number;
  /** The store being checked now, and the ones waiting behind it. */
  running: { channelId: string; queue: string[] } | null;
  /** A login expired: the watch waits for a page to be read successfully. */
  pausedSince: string | null;
  /** When the next scheduled check is due (null when off, paused or busy). */
  nextCheckAt: string | null;
  stores: Array<{ channelId: string; lastReadAt: string | null; lastCheck: WatchCheck | null }>;
}

export function isSellerCenterUrl(url: string | undefined): boolean {
  if (!url) return false;
  return SELLER_CENTER_MATCHES.some((pattern) => url.startsWith(pattern.slice(0, -1)));
}

export function createWatchRunner(deps: WatchRunnerDeps) {
  const { db } = deps;
  const timeoutMs = deps.timeoutMs ?? CHECK_TIMEOUT_MS;
  const settleMs = deps.settleMs ?? SETTLE_MS;
  const later = deps.later ?? ((work, ms) => void setTimeout(work, ms));
  // Events arrive together (a reading and a tab update): one at a time, each on the stored run.
  let chain: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  };

  async function stepNow(run: WatchRun | null): Promise<{ step: WatchStep; settings: Settings; stores: ListReadStatus[] }> {
    const now = deps.clock();
    const [settings, stores, urgent] = await Promise.all([getSettings(db), getListReads(db), getMostUrgent(db, 1, now)]);
    const step = planWatch({ settings, stores, run, nearestSellerDeadline: urgent[0]?.dueAt ?? null, now, browserZone: deps.browserZone() });
    return { step, settings, stores };
  }

  async function recordCheck(channelId: string, check: WatchCheck, loginExpired: boolean): Promise<void> {
    const tx = db.transaction("listReads", "readwrite");
    const known = await tx.store.get(channelId);
    const row: ListReadStatus = known ?? { channelId, lastReadAt: null, lastCompleteReadAt: null, loginExpiredAt: null };
    await Promise.all([tx.store.put({ ...row, lastCheck: check, loginExpiredAt: loginExpired ? check.at : row.loginExpiredAt }), tx.done]);
  }

  /** Opens the next store's list; returns the run, or null when the queue is empty or no tab could be opened. */
  async function openNext(queue: string[], trigger: WatchRun["trigger"]): Promise<WatchRun | null> {
    const [channelId, ...rest] = queue;
    if (channelId === undefined) return null;
    const startedAt = deps.clock();
    try {
      const tab = await deps.tabs.create({ url: disputeListUrl(channelId), active: false });
      const run: WatchRun = { tabId: tab.id ?? null, channelId, startedAt: startedAt.toISOString(), queue: rest, trigger, readAt: null };
      await deps.runStore.save(run);
      deps.alarms.create(WATCH_ALARM, { when: startedAt.getTime() + timeoutMs });
      return run;
    } catch {
      // No window to open it in, or the browser refused: say so for this store and go on with the next.
      await recordCheck(channelId, { at: startedAt.toISOString(), outcome: "failed", disputes: null }, false);
      return openNext(rest, trigger);
    }
  }

  async function finish(run: WatchRun, outcome: WatchOutcome, disputes: number | null): Promise<void> {
    const at = deps.clock().toISOString();
    await recordCheck(run.channelId, { at, outcome, disputes }, outcome === "signed-out");
    await deps.runStore.save(null);
    if (run.tabId !== null) await deps.tabs.remove(run.tabId).catch(() => undefined);
    await deps.afterCheck?.(outcome);
    // Signed out: every other store would say the same; the watch pauses until a page is read again.
    const next = outcome === "signed-out" ? null : await openNext(run.queue, run.trigger);
    if (next === null) await schedule();
  }

  /** Sets the one alarm for the next scheduled check (or clears it), and starts a check that is due now. */
  async function schedule(): Promise<WatchStep> {
    const run = await deps.runStore.load();
    const { step } = await stepNow(run);
    if (step.kind === "check") {
      await openNext(step.channelIds, "schedule");
      return step;
    }
    if (step.kind === "wait") deps.alarms.create(WATCH_ALARM, { when: step.until.getTime() });
    else if (step.kind === "busy" && run !== null) deps.alarms.create(WATCH_ALARM, { when: Date.parse(run.startedAt) + timeoutMs });
    else await deps.alarms.clear(WATCH_ALARM);
    return step;
  }

  async function settle(tabId: number): Promise<void> {
    const run = await deps.runStore.load();
    if (run === null || run.tabId !== tabId || !run.readAt) return;
    // A later reading pushed the moment on: that one's own timer closes the tab.
    if (deps.clock().getTime() - Date.parse(run.readAt) < settleMs) return;
    await finish(run, "read", run.disputes ?? null);
  }

  return {
    /** Re-plans: on start-up, after settings change, and on the watch alarm. */
    schedule: () => serially(schedule),

    /** The popup's "Check now": every known store, now, whatever the interval, quiet hours or a past sign-out. */
    checkNow: () =>
      serially(async (): Promise<{ started: boolean; channelIds: string[] }> => {
        const run = await deps.runStore.load();
        if (run !== null) return { started: false, channelIds: [run.channelId, ...run.queue] };
        const channelIds = watchableStores(await getListReads(db)).map((store) => store.channelId);
        const started = await openNext(channelIds, "manual");
        if (started === null) await schedule();
        return { started: started !== null, channelIds };
      }),

    onAlarm: (name: string) =>
      serially(async () => {
        if (name !== WATCH_ALARM) return;
        const run = await deps.runStore.load();
        if (run !== null) {
          if (deps.clock().getTime() - Date.parse(run.startedAt) < timeoutMs) return schedule();
          // Read but the worker died before closing it: still a good check. Otherwise the page never answered.
          return finish(run, run.readAt ? "read" : "no-answer", run.disputes ?? null);
        }
        return schedule();
      }),

    /** A reading reached the tracker; if it came from the watch's tab, the check has its answer. */
    onReading: (tabId: number | null, reading: PageReading) =>
      serially(async () => {
        const run = await deps.runStore.load();
        if (run === null || tabId === null || run.tabId !== tabId) return;
        if (reading.pageState === "login-expired") return finish(run, "signed-out", null);
        if (reading.kind !== "dispute-list" || reading.pageState === "loading") return;
        const disputes = Math.max(run.disputes ?? 0, reading.disputes.length);
        await deps.runStore.save({ ...run, readAt: deps.clock().toISOString(), disputes });
        later(() => void serially(() => settle(tabId)), settleMs);
      }),

    /** The tab finished loading: on a page outside the seller center (the sign-in page), the session is over. */
    onTabComplete: (tabId: number) =>
      serially(async () => {
        const run = await deps.runStore.load();
        if (run === null || run.tabId !== tabId) return;
        const tab = await deps.tabs.get(tabId).catch(() => null);
        if (tab !== null && !isSellerCenterUrl(tab.url)) await finish(run, "signed-out", null);
      }),

    /** Someone closed the watch's tab before it was read. */
    onTabRemoved: (tabId: number) =>
      serially(async () => {
        const run = await deps.runStore.load();
        if (run === null || run.tabId !== tabId) return;
        await finish({ ...run, tabId: null }, run.readAt ? "read" : "failed", run.disputes ?? null);
      }),

    async view(): Promise<WatchView> {
      const run = await deps.runStore.load();
      const { step, settings, stores } = await stepNow(run);
      return {
        enabled: settings.watchEnabled,
        everyHours: settings.watchEveryHours,
        running: run === null ? null : { channelId: run.channelId, queue: run.queue },
        pausedSince: step.kind === "paused" ? step.since : null,
        nextCheckAt: step.kind === "wait" ? step.until.toISOString() : step.kind === "check" ? deps.clock().toISOString() : null,
        stores: watchableStores(stores).map((store) => ({ channelId: store.channelId, lastReadAt: store.lastReadAt, lastCheck: store.lastCheck ?? null })),
      };
    },
  };
}

export type WatchRunner = ReturnType<typeof createWatchRunner>;
