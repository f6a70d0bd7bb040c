// The watch's runner (issue 13): one background tab at a time, its reading recorded, the tab closed, a sign-out
// pausing everything; with fake-indexeddb, fake tabs and alarms, and a clock advanced by hand. A restart of the
// service worker is a new runner on the same database and run store.
import type { IDBPDatabase } from "idb";
import type { ListReadStatus, WatchOutcome } from "../model";
import type { SentinelDb } from "../db/schema";
import { openSentinelDb } from "../db/open";
import { getListReads, saveSettings } from "../db/queries";
import { applyReading } from "../tracker/apply-reading";
import { disputeReading, listReading } from "../tracker/testing/readings";
import { DEFAULT_SETTINGS } from "../model";
import { CHECK_TIMEOUT_MS, createWatchRunner, SETTLE_MS, WATCH_ALARM, type WatchRunStore } from "./watch-runner";
import type { WatchRun } from "./plan-watch";

const T0 = new Date("2026-11-20T04:00:00.000Z");
const HOUR_MS = 3_600_000;
const listUrl = (channelId: string) => `https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=${channelId}`;

interface FakeTab {
  id: number;
  url: string | undefined;
}

async function harness() {
  let now = T0;
  const db: IDBPDatabase<SentinelDb> = await openSentinelDb(`watch-runner-${Math.random().toString(36).slice(2)}`, { now: () => now });
  const tabs: FakeTab[] = [];
  const removed: number[] = [];
  const alarms = new Map<string, number>();
  let nextTabId = 100;
  let stored: WatchRun | null = null;
  const runStore: WatchRunStore = { load: async () => stored, save: async (run) => void (stored = run) };
  const pending: Array<() => void> = [];
  const outcomes: WatchOutcome[] = [];
  let failCreate = false;
  const make = () =>
    createWatchRunner({
      db,
      clock: () => now,
      browserZone: () => "Asia/Shanghai",
      tabs: {
        create: async ({ url, active }) => {
          if (failCreate) throw new Error("No current window");
          expect(active).toBe(false);
          const tab = { id: nextTabId++, url };
          tabs.push(tab);
          return { id: tab.id };
        },
        remove: async (id) => {
          removed.push(id);
          const index = tabs.findIndex((t) => t.id === id);
          if (index >= 0) tabs.splice(index, 1);
        },
        get: async (id) => {
          const tab = tabs.find((t) => t.id === id);
          if (!tab) throw new Error("No tab");
          return { url: tab.url };
        },
      },
      alarms: { create: (name, { when }) => void alarms.set(name, when), clear: async (name) => alarms.delete(name) },
      runStore,
      later: (work) => void pending.push(work),
      afterCheck: async (outcome) => void outcomes.push(outcome),
    });
  const runner = make();
  return {
    db,
    runner,
    tabs,
    removed,
    alarms,
    outcomes,
    restart: make,
    run: () => stored,
    advance: (ms: number) => (now = new Date(now.getTime() + ms)),
    now: () => now,
    failTabs: () => (failCreate = true),
    /** Runs the timers the runner asked for (settling), as the live worker would. */
    flushTimers: async () => {
      for (const work of pending.splice(0)) work();
      await runner.schedule();
    },
  };
}

async function knowStores(db: IDBPDatabase<SentinelDb>, ...rows: ListReadStatus[]): Promise<void> {
  const tx = db.transaction("listReads", "readwrite");
  await Promise.all([...rows.map((row) => tx.store.put(row)), tx.done]);
}
const store = (channelId: string, lastReadAt: string | null = T0.toISOString()): ListReadStatus => ({
  channelId, lastReadAt, lastCompleteReadAt: null, loginExpiredAt: null,
});

/** What the tracker does with a reading from the tab, then the runner hears of it (as the service does). */
async function readingFromTab(h: Awaited<ReturnType<typeof harness>>, tabId: number, channelId: string, ids: string[]) {
  const reading = listReading(h.now().toISOString(), ids.map((id) => disputeReading({ disputeId: id })), { url: listUrl(channelId), channelId });
  await applyReading(h.db, reading, h.now(), DEFAULT_SETTINGS);
  await h.runner.onReading(tabId, reading);
}

describe("watch runner", () => {
  it("Check now opens each known store's list in a background tab, one at a time, records the reading and closes the tab", async () => {
    const h = await harness();
    await knowStores(h.db, store("1001"), store("1002"), store("", T0.toISOString()));
    const answer = await h.runner.checkNow();
    expect(answer).toEqual({ started: true, channelIds: ["1001", "1002"] });
    expect(h.tabs.map((t) => t.url)).toEqual([listUrl("1001")]);
    // A second click while it runs opens nothing more.
    expect(await h.runner.checkNow()).toEqual({ started: false, channelIds: ["1001", "1002"] });
    expect(h.tabs).toHaveLength(1);

    const first = h.tabs[0]!.id;
    await readingFromTab(h, first, "1001", ["6400000000000001", "6400000000000002"]);
    expect(h.removed).toEqual([]); // the page may still receive its JSON: it settles first
    h.advance(SETTLE_MS);
    await h.flushTimers();
    expect(h.removed).toEqual([first]);
    expect(h.tabs.map((t) => t.url)).toEqual([listUrl("1002")]);

    await readingFromTab(h, h.tabs[0]!.id, "1002", []);
    h.advance(SETTLE_MS);
    await h.flushTimers();
    expect(h.tabs).toEqual([]);
    expect(h.run()).toBeNull();
    const rows = Object.fromEntries((await getListReads(h.db)).map((row) => [row.channelId, row.lastCheck]));
    expect(rows["1001"]).toEqual({ at: new Date(T0.getTime() + SETTLE_MS).toISOString(), outcome: "read", disputes: 2 });
    expect(rows["1002"]).toMatchObject({ outcome: "read", disputes: 0 });
    expect(h.outcomes).toEqual(["read", "read"]);
  });

  it("ignores readings from other tabs", async () => {
    const h = await harness();
    await knowStores(h.db, store("1001"));
    await h.runner.checkNow();
    await readingFromTab(h, 999, "1001", ["6400000000000001"]);
    h.advance(SETTLE_MS);
    await h.flushTimers();
    expect(h.tabs).toHaveLength(1);
    expect(h.run()?.readAt).toBeNull();
  });

  it("a tab that lands outside the seller center (the sign-in page) ends the run as signed out and pauses the watch", async () => {
    const h = await harness();
    await saveSettings(h.db, { watchEnabled: true });
    await knowStores(h.db, store("1001", null), store("1002", null));
    await h.runner.schedule();
    expect(h.tabs.map((t) => t.url)).toEqual([listUrl("1001")]);
    // Without the "tabs" permission the sign-in page's URL is not visible to us.
    h.tabs[0]!.url = undefined;
    await h.runner.onTabComplete(h.tabs[0]!.id);
    expect(h.tabs).toEqual([]);
    expect(h.outcomes).toEqual(["signed-out"]);
    const rows = await getListReads(h.db);
    expect(rows.find((r) => r.channelId === "1001")).toMatchObject({ loginExpiredAt: h.now().toISOString(), lastCheck: { outcome: "signed-out" } });
    // The other store is not tried: it would say the same. Nothing opens until a page is read again.
    h.advance(12 * HOUR_MS);
    await h.runner.onAlarm(WATCH_ALARM);
    expect(h.tabs).toEqual([]);
    expect((await h.runner.view()).pausedSince).toBe(T0.toISOString());
    // The seller signs in and opens a page: the tracker clears the expiry, the watch resumes.
    h.advance(HOUR_MS);
    await applyReading(h.db, listReading(h.now().toISOString(), [disputeReading()], { url: listUrl("1001"), channelId: "1001" }), h.now(), DEFAULT_SETTINGS);
    await h.runner.onAlarm(WATCH_ALARM);
    expect(h.tabs.map((t) => t.url)).toEqual([listUrl("1002")]);
  });

  it("a login-expired reading from the tab ends the run as signed out", async () => {
    const h = await harness();
    await knowStores(h.db, store("1001"));
    await h.runner.checkNow();
    await h.runner.onReading(h.tabs[0]!.id, listReading(h.now().toISOString(), [], { pageState: "login-expired", url: listUrl("1001"), channelId: "1001" }));
    expect(h.tabs).toEqual([]);
    expect(h.outcomes).toEqual(["signed-out"]);
  });

  it("a page that never answers is closed after the time-out, even by a restarted worker", async () => {
    const h = await harness();
    await knowStores(h.db, store("1001"), store("1002"));
    await h.runner.checkNow();
    const first = h.tabs[0]!.id;
    expect(h.alarms.get(WATCH_ALARM)).toBe(T0.getTime() + CHECK_TIMEOUT_MS);
    await h.runner.onTabComplete(first); // still on the seller center: no verdict yet
    expect(h.tabs).toHaveLength(1);
    h.advance(CHECK_TIMEOUT_MS);
    const restarted = h.restart();
    await restarted.onAlarm(WATCH_ALARM);
    expect(h.removed).toEqual([first]);
    expect((await getListReads(h.db)).find((r) => r.channelId === "1001")?.lastCheck).toMatchObject({ outcome: "no-answer", disputes: null });
    expect(h.tabs.map((t) => t.url)).toEqual([listUrl("1002")]);
  });

  it("a tab read before the worker died counts as read when the alarm finds it", async () => {
    const h = await harness();
    await knowStores(h.db, store("1001"));
    await h.runner.checkNow();
    await readingFromTab(h, h.tabs[0]!.id, "1001", ["6400000000000001"]);
    h.advance(CHECK_TIMEOUT_MS); // the settle timer died with the worker
    await h.restart().onAlarm(WATCH_ALARM);
    expect((await getListReads(h.db))[0]?.lastCheck).toMatchObject({ outcome: "read", disputes: 1 });
    expect(h.tabs).toEqual([]);
  });

  it("the seller closing the tab ends the check as failed; a tab that cannot be opened moves on to the next store", async () => {
    const h = await harness();
    await knowStores(h.db, store("1001"), store("1002"));
    await h.runner.checkNow();
    const closedBySeller = h.tabs.splice(0, 1)[0]!.id;
    await h.runner.onTabRemoved(closedBySeller);
    expect((await getListReads(h.db)).find((r) => r.channelId === "1001")?.lastCheck).toMatchObject({ outcome: "failed" });
    expect(h.tabs.map((t) => t.url)).toEqual([listUrl("1002")]);

    const g = await harness();
    await knowStores(g.db, store("1001"));
    g.failTabs();
    expect(await g.runner.checkNow()).toMatchObject({ started: false });
    expect((await getListReads(g.db))[0]?.lastCheck).toMatchObject({ outcome: "failed" });
  });

  it("schedules nothing while the watch is off, and sets its alarm for the next due check when on", async () => {
    const h = await harness();
    await knowStores(h.db, store("1001"));
    await h.runner.schedule();
    expect(h.tabs).toEqual([]);
    expect(h.alarms.has(WATCH_ALARM)).toBe(false);
    await saveSettings(h.db, { watchEnabled: true, watchEveryHours: 4 });
    await h.runner.schedule();
    expect(h.alarms.get(WATCH_ALARM)).toBe(T0.getTime() + 4 * HOUR_MS);
    h.advance(4 * HOUR_MS);
    await h.runner.onAlarm(WATCH_ALARM);
    expect(h.tabs.map((t) => t.url)).toEqual([listUrl("1001")]);
    const view = await h.runner.view();
    expect(view).toMatchObject({ enabled: true, everyHours: 4, running: { channelId: "1001", queue: [] } });
  });
});
