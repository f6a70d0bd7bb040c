// The watch's schedule (issue 13 "Proof"): interval, quiet hours, the urgent override, the pause after a
// sign-out and one tab at a time, with time advanced by hand.
import type { ListReadStatus } from "../model";
import { planWatch, watchIntervalHours, type WatchInput, type WatchRun } from "./plan-watch";

const HOUR_MS = 3_600_000;
/** 2026-11-20 12:00 in Shanghai. */
const T0 = new Date("2026-11-20T04:00:00.000Z");
const at = (hoursFromT0: number) => new Date(T0.getTime() + hoursFromT0 * HOUR_MS);
const iso = (hoursFromT0: number) => at(hoursFromT0).toISOString();

function store(channelId: string, extra: Partial<ListReadStatus> = {}): ListReadStatus {
  return { channelId, lastReadAt: null, lastCompleteReadAt: null, loginExpiredAt: null, ...extra };
}

function input(extra: Partial<WatchInput> = {}, settings: Partial<WatchInput["settings"]> = {}): WatchInput {
  return {
    settings: { watchEnabled: true, watchEveryHours: 3, quietHours: { enabled: false, start: "22:00", end: "08:00" }, ...settings },
    stores: [store("1001", { lastReadAt: iso(0) })],
    run: null,
    nearestSellerDeadline: null,
    now: T0,
    browserZone: "Asia/Shanghai",
    ...extra,
  };
}

describe("planWatch", () => {
  it("does nothing unless the seller turned the watch on, or when no store is known", () => {
    expect(planWatch(input({}, { watchEnabled: false }))).toEqual({ kind: "off", why: "disabled" });
    expect(planWatch(input({ stores: [] }))).toEqual({ kind: "off", why: "no-store" });
    // A list read without a channelId cannot be opened again by URL.
    expect(planWatch(input({ stores: [store("", { lastReadAt: iso(-10) })] }))).toEqual({ kind: "off", why: "no-store" });
  });

  it("checks a store every N hours after its list was last seen, never sooner", () => {
    const base = input({ stores: [store("1001", { lastReadAt: iso(0) })] });
    expect(planWatch({ ...base, now: at(0) })).toEqual({ kind: "wait", until: at(3), why: "interval" });
    expect(planWatch({ ...base, now: at(2.99) })).toMatchObject({ kind: "wait", until: at(3) });
    expect(planWatch({ ...base, now: at(3) })).toEqual({ kind: "check", channelIds: ["1001"] });
    // The watch's own check counts as a sight of the list: the next one is 3 h after it.
    const checked = store("1001", { lastReadAt: iso(0), lastCheck: { at: iso(3.1), outcome: "no-answer", disputes: null } });
    expect(planWatch({ ...base, stores: [checked], now: at(4) })).toEqual({ kind: "wait", until: at(6.1), why: "interval" });
  });

  it("follows the interval setting, kept within 1–12 hours", () => {
    const base = input({ now: at(1.5) });
    expect(planWatch({ ...base, settings: { ...base.settings, watchEveryHours: 1 } })).toMatchObject({ kind: "check" });
    expect(planWatch({ ...base, settings: { ...base.settings, watchEveryHours: 12 } })).toMatchObject({ kind: "wait", until: at(12) });
    expect(watchIntervalHours({ watchEveryHours: 0 })).toBe(1);
    expect(watchIntervalHours({ watchEveryHours: 99 })).toBe(12);
    expect(watchIntervalHours({ watchEveryHours: Number.NaN })).toBe(3);
  });

  it("checks a store never seen at once, and only the stores that are due", () => {
    const plan = planWatch(input({ stores: [store("1001", { lastReadAt: iso(-1) }), store("1002"), store("1003", { lastReadAt: iso(-4) })] }));
    expect(plan).toEqual({ kind: "check", channelIds: ["1002", "1003"] });
  });

  it("skips quiet hours and wakes when they end", () => {
    // 23:00 in Shanghai, quiet 22:00 → 08:00: the check waits until 08:00 (00:00 UTC).
    const now = new Date("2026-11-20T15:00:00.000Z");
    const plan = planWatch(input({ now, stores: [store("1001", { lastReadAt: "2026-11-20T08:00:00.000Z" })] }, { quietHours: { enabled: true, start: "22:00", end: "08:00" } }));
    expect(plan).toEqual({ kind: "wait", until: new Date("2026-11-21T00:00:00.000Z"), why: "quiet-hours" });
  });

  it("checks in quiet hours when a known deadline is within 6 hours, and wakes when one comes within 6 hours", () => {
    const now = new Date("2026-11-20T15:00:00.000Z");
    const quiet = { quietHours: { enabled: true, start: "22:00", end: "08:00" } };
    const stores = [store("1001", { lastReadAt: "2026-11-20T08:00:00.000Z" })];
    const urgent = planWatch(input({ now, stores, nearestSellerDeadline: "2026-11-20T20:59:00.000Z" }, quiet));
    expect(urgent).toEqual({ kind: "check", channelIds: ["1001"] });
    // Overdue counts too.
    expect(planWatch(input({ now, stores, nearestSellerDeadline: "2026-11-20T10:00:00.000Z" }, quiet))).toMatchObject({ kind: "check" });
    // Due 8 h from now: wait, but wake 2 h from now when it is within 6 h (before the quiet hours end).
    const later = planWatch(input({ now, stores, nearestSellerDeadline: "2026-11-20T23:00:00.000Z" }, quiet));
    expect(later).toEqual({ kind: "wait", until: new Date("2026-11-20T17:00:00.000Z"), why: "quiet-hours" });
  });

  it("pauses after a sign-out until a page is read successfully again (the tracker clears loginExpiredAt)", () => {
    const signedOut = [store("1001", { lastReadAt: iso(-10), loginExpiredAt: iso(-1) }), store("1002", { lastReadAt: iso(-10) })];
    expect(planWatch(input({ stores: signedOut }))).toEqual({ kind: "paused", since: iso(-1) });
    expect(planWatch(input({ stores: signedOut, now: at(48) }))).toMatchObject({ kind: "paused" });
    const signedIn = [store("1001", { lastReadAt: iso(0.5) }), store("1002", { lastReadAt: iso(-10) })];
    expect(planWatch(input({ stores: signedIn, now: at(1) }))).toEqual({ kind: "check", channelIds: ["1002"] });
  });

  it("opens one tab at a time: a run under way is waited for", () => {
    const run: WatchRun = { tabId: 7, channelId: "1001", startedAt: iso(0), queue: ["1002"], trigger: "schedule" };
    expect(planWatch(input({ run, stores: [store("1001"), store("1002")] }))).toEqual({ kind: "busy", channelId: "1001" });
  });
});
