// The background's whole behaviour (issue 6 "Proof"), through createSentinelService with fake-indexeddb,
// WXT's fake browser and a clock advanced by hand: readings in, notifications, alarm and badge out.
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { IDBPDatabase } from "idb";
import { DEFAULT_SETTINGS, type DisputeReading, type PageReading, type Settings } from "../model";
import type { SentinelDb } from "../db/schema";
import { openSentinelDb } from "../db/open";
import { getDispute, getSentReminders } from "../db/queries";
import { NEXT_WAKE_ALARM, type ReminderApi, type ReminderNotificationOptions } from "../reminders/apply-plan";
import { SNOOZE_BUTTON_INDEX } from "../reminders/notification-actions";
import { CHANNEL, detailUrl, disputeReading, listReading } from "../tracker/testing/readings";
import { createSentinelService, type SentinelService } from "./sentinel-service";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** 2026-11-20 12:00 in Shanghai, 2026-11-19 20:00 in Los Angeles. */
const T0 = new Date("2026-11-20T04:00:00.000Z");
const RED: number[] = [217, 48, 37, 255]; // BADGE_RED #d93025
const AMBER: number[] = [242, 153, 0, 255]; // BADGE_AMBER #f29900

interface Created {
  id: string;
  options: ReminderNotificationOptions;
}

/** WXT's fake browser, with every notification created written down (the tray replaces by id; this does not). */
function recordingApi(created: Created[]): ReminderApi {
  return {
    notifications: {
      create: async (id, options) => {
        created.push({ id, options });
        return fakeBrowser.notifications.create(id, options);
      },
    },
    alarms: {
      create: (name, info) => fakeBrowser.alarms.create(name, info),
      clear: (name) => fakeBrowser.alarms.clear(name),
    },
    action: {
      setBadgeText: (details) => fakeBrowser.action.setBadgeText(details),
      setBadgeBackgroundColor: (details) => fakeBrowser.action.setBadgeBackgroundColor(details),
      setTitle: (details) => fakeBrowser.action.setTitle(details),
    },
  };
}

interface Harness {
  db: IDBPDatabase<SentinelDb>;
  service: SentinelService;
  created: Created[];
  opened: string[];
  now: () => Date;
  setNow(date: Date): void;
  /** A fresh service on the same database: what a new service worker (restart, update) gets. */
  restart(): SentinelService;
}

let dbCounter = 0;

async function startHarness(start: Date = T0, browserZone = "Asia/Shanghai", supportsNotificationButtons = true): Promise<Harness> {
  let current = start;
  const clock = () => current;
  dbCounter += 1;
  const db = await openSentinelDb(`sentinel-service-test-${dbCounter}-${Math.random().toString(36).slice(2)}`, { now: clock });
  const created: Created[] = [];
  const opened: string[] = [];
  const make = () =>
    createSentinelService({
      db,
      clock,
      browserZone: () => browserZone,
      browserLanguage: () => "en-US",
      reminderApi: recordingApi(created),
      supportsNotificationButtons,
      iconUrl: "/icon/128.png",
      openUrl: async (url) => {
        opened.push(url);
      },
    });
  const harness: Harness = {
    db,
    service: make(),
    created,
    opened,
    now: clock,
    setNow(date) {
      current = date;
    },
    restart() {
      harness.service = make();
      return harness.service;
    },
  };
  return harness;
}

function after(base: Date, ms: number): Date {
  return new Date(base.getTime() + ms);
}

/** A dispute awaiting the seller whose page countdown ends `msLeft` after `now`. */
function dueIn(disputeId: string, now: Date, msLeft: number, overrides: Partial<DisputeReading> = {}): DisputeReading {
  return disputeReading({
    disputeId,
    orderId: `81839747137${disputeId.slice(-5).padStart(5, "0")}`,
    openedAt: after(now, -2 * HOUR_MS).toISOString(),
    updatedAt: after(now, -2 * HOUR_MS).toISOString(),
    deadline: after(now, msLeft).toISOString(),
    ...overrides,
  });
}

function detailReading(now: Date, dispute: DisputeReading): PageReading {
  return {
    kind: "dispute-detail",
    pageState: "ok",
    url: detailUrl(dispute.disputeId ?? ""),
    readAt: now.toISOString(),
    disputes: [dispute],
    orders: [],
    warnings: [],
    channelId: CHANNEL,
  };
}

async function nextWake(): Promise<Date | null> {
  const alarm = await fakeBrowser.alarms.get(NEXT_WAKE_ALARM);
  return alarm ? new Date(alarm.scheduledTime) : null;
}

/** What the alarm listener does: the clock reaches the scheduled wake, the background re-plans. */
async function wakeAtAlarm(harness: Harness): Promise<Date> {
  const when = await nextWake();
  if (when === null) throw new Error("no next-wake alarm is scheduled");
  harness.setNow(when);
  await harness.service.replan();
  return when;
}

async function badge(): Promise<{ text: string; color: number[]; title: string }> {
  return {
    text: await fakeBrowser.action.getBadgeText({}),
    color: await fakeBrowser.action.getBadgeBackgroundColor({}),
    title: await fakeBrowser.action.getTitle({}),
  };
}

function idsOf(created: readonly Created[]): string[] {
  return created.map((entry) => entry.id);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe("a reading with a dispute due within the hour", () => {
  it("notifies at once, sets a red badge of 1, and a second re-plan adds nothing", async () => {
    const h = await startHarness();
    await h.service.handleReading(detailReading(T0, dueIn("6351074783600001", T0, 50 * MINUTE_MS)));

    expect(idsOf(h.created)).toEqual(["dispute:6351074783600001"]);
    const [shown] = h.created;
    expect(shown?.options.buttons).toEqual([{ title: "Open" }, { title: "Snooze 1 h" }]);
    expect(shown?.options.title).toContain("50 min");
    expect(await badge()).toMatchObject({ text: "1", color: RED });

    await h.service.replan();
    await h.service.replan();
    expect(h.created).toHaveLength(1);
    // Every crossed threshold is recorded as sent, so no later wake repeats any of them.
    const sent = await getSentReminders(h.db);
    expect(sent.map((reminder) => reminder.thresholdHours).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([1, 6, 24, 72]);
  });

  it("reading the same page again (countdown jitter under 2 min) notifies nothing new", async () => {
    const h = await startHarness();
    const id = "6351074783600002";
    await h.service.handleReading(detailReading(T0, dueIn(id, T0, 50 * MINUTE_MS)));
    const later = after(T0, 3 * MINUTE_MS);
    h.setNow(later);
    // The page re-read 3 minutes later shows a countdown that lands 1 minute off the first one.
    await h.service.handleReading(detailReading(later, dueIn(id, later, 48 * MINUTE_MS)));
    expect(h.created).toHaveLength(1);
  });
});

describe("thresholds crossed as time passes", () => {
  it("a dispute due in 30 h: the 72 h warning at once, then exactly one at 24 h, 6 h and 1 h", async () => {
    const h = await startHarness();
    const due = after(T0, 30 * HOUR_MS);
    await h.service.handleReading(detailReading(T0, dueIn("6351074783600003", T0, 30 * HOUR_MS)));
    expect(h.created).toHaveLength(1);
    expect(await nextWake()).toEqual(after(due, -24 * HOUR_MS));

    const notifiedAt: number[] = [T0.getTime()];
    while (h.created.length < 4) {
      const before = h.created.length;
      const woke = await wakeAtAlarm(h);
      if (h.created.length > before) notifiedAt.push(woke.getTime());
      // Waking again at the same moment (a second alarm event, another worker) shows nothing twice.
      await h.service.replan();
      expect(h.created.length - before).toBeLessThanOrEqual(1);
      if (woke.getTime() >= due.getTime()) break;
    }
    expect(notifiedAt.map((ms) => (due.getTime() - ms) / HOUR_MS)).toEqual([30, 24, 6, 1]);
  });

  it("after sleep (the clock jumps 3 days) only the most urgent crossed threshold is shown, the others are recorded", async () => {
    const h = await startHarness();
    const id = "6351074783600004";
    await h.service.handleReading(detailReading(T0, dueIn(id, T0, 80 * HOUR_MS)));
    expect(h.created).toHaveLength(0); // 80 h left: no threshold crossed yet

    h.setNow(after(T0, 72 * HOUR_MS)); // 8 h left: 72 h and 24 h both crossed while asleep
    await h.service.replan();
    expect(idsOf(h.created)).toEqual([`dispute:${id}`]);
    expect(h.created[0]?.options.title).toContain("8 h");
    const sent = await getSentReminders(h.db);
    expect(sent.map((reminder) => reminder.thresholdHours).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([24, 72]);

    await h.service.replan();
    expect(h.created).toHaveLength(1);
    await wakeAtAlarm(h); // the 6 h threshold
    expect(h.created).toHaveLength(2);
  });

  it("a restart (a new service on the same database) re-plans without repeating, then goes on", async () => {
    const h = await startHarness();
    await h.service.handleReading(detailReading(T0, dueIn("6351074783600005", T0, 30 * HOUR_MS)));
    expect(h.created).toHaveLength(1);

    fakeBrowser.reset(); // the browser restarted: no alarm, no badge
    const restarted = h.restart();
    await restarted.replan();
    expect(h.created).toHaveLength(1);
    expect(await nextWake()).toEqual(after(T0, 6 * HOUR_MS));
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name)).toEqual([NEXT_WAKE_ALARM]);

    await wakeAtAlarm(h);
    expect(h.created).toHaveLength(2);
    h.restart();
    await h.service.replan();
    expect(h.created).toHaveLength(2);
  });
});

describe("snooze", () => {
  it("holds a warning until the snooze ends, then shows it", async () => {
    const h = await startHarness();
    const id = "6351074783600006";
    await h.service.handleReading(detailReading(T0, dueIn(id, T0, 24 * HOUR_MS + 30 * MINUTE_MS)));
    expect(h.created).toHaveLength(1); // 72 h

    const { snoozedUntil } = await h.service.snooze(id, 2);
    expect(snoozedUntil).toBe(after(T0, 2 * HOUR_MS).toISOString());
    expect((await getDispute(h.db, id))?.snoozedUntil).toBe(snoozedUntil);

    const crossing = await wakeAtAlarm(h); // the 24 h threshold, inside the snooze
    expect(crossing).toEqual(after(T0, 30 * MINUTE_MS));
    expect(h.created).toHaveLength(1);
    expect(await nextWake()).toEqual(after(T0, 2 * HOUR_MS));

    await wakeAtAlarm(h); // the snooze ends
    expect(idsOf(h.created)).toEqual([`dispute:${id}`, `dispute:${id}`]);
    await h.service.replan();
    expect(h.created).toHaveLength(2);
  });

  it("does not hold a warning whose deadline falls before the snooze ends", async () => {
    const h = await startHarness();
    const id = "6351074783600007";
    await h.service.handleReading(detailReading(T0, dueIn(id, T0, 7 * HOUR_MS)));
    expect(h.created).toHaveLength(1); // 24 h
    await h.service.snooze(id, 8); // longer than the time left
    await wakeAtAlarm(h); // 6 h threshold
    expect(h.created).toHaveLength(2);
  });

  it("Firefox (no notification buttons): the warning has none, and the popup is told to offer snooze", async () => {
    const h = await startHarness(T0, "Asia/Shanghai", false);
    const id = "6351074783600012";
    await h.service.handleReading(detailReading(T0, dueIn(id, T0, 5 * HOUR_MS)));
    expect(idsOf(h.created)).toEqual([`dispute:${id}`]);
    expect(h.created[0]?.options.buttons).toBeUndefined();
    expect((await h.service.popupState()).supportsNotificationButtons).toBe(false);
    await h.service.snooze(id, 1);
    expect((await getDispute(h.db, id))?.snoozedUntil).toBe(after(T0, HOUR_MS).toISOString());
  });

  it("the notification's second button snoozes 1 h; a click on its body opens the dispute page", async () => {
    const h = await startHarness();
    const id = "6351074783600008";
    await h.service.handleReading(detailReading(T0, dueIn(id, T0, 5 * HOUR_MS)));
    expect(h.created).toHaveLength(1);

    await h.service.notificationClicked(`dispute:${id}`, SNOOZE_BUTTON_INDEX);
    expect((await getDispute(h.db, id))?.snoozedUntil).toBe(after(T0, HOUR_MS).toISOString());
    expect(h.opened).toEqual([]);

    await h.service.notificationClicked(`dispute:${id}`, null);
    expect(h.opened).toEqual([detailUrl(id)]);
    await h.service.notificationClicked(`dispute:${id}`, 0); // "Open"
    expect(h.opened).toEqual([detailUrl(id), detailUrl(id)]);
  });
});

describe("settings sent to the background", () => {
  it("refuses settings the form would refuse (an unknown zone) and keeps the stored ones", async () => {
    const h = await startHarness(new Date("2026-11-20T14:30:00.000Z"));
    await expect(h.service.saveSettings({ ...DEFAULT_SETTINGS, platformZone: "Mars/Base" })).rejects.toThrow(/platformZone/);
    expect((await h.service.getSettings()).settings.platformZone).toBe("America/Los_Angeles");
  });
});

describe("quiet hours (22:00–08:00 in the browser's zone, Asia/Shanghai)", () => {
  // 22:30 in Shanghai; the quiet window ends at 08:00 there, 00:00 UTC.
  const lateEvening = new Date("2026-11-20T14:30:00.000Z");
  const quietEnd = new Date("2026-11-21T00:00:00.000Z");
  const quiet: Settings = { ...DEFAULT_SETTINGS, quietHours: { enabled: true, start: "22:00", end: "08:00" } };

  it("holds a warning whose deadline is after the quiet hours until they end", async () => {
    const h = await startHarness(lateEvening);
    await h.service.saveSettings(quiet);
    await h.service.handleReading(detailReading(lateEvening, dueIn("6351074783600009", lateEvening, 20 * HOUR_MS)));
    expect(h.created).toHaveLength(0);
    expect(await nextWake()).toEqual(quietEnd);

    await wakeAtAlarm(h);
    expect(idsOf(h.created)).toEqual(["dispute:6351074783600009"]);
    await h.service.replan();
    expect(h.created).toHaveLength(1);
  });

  it("shows at once a warning whose deadline falls before the quiet hours end", async () => {
    const h = await startHarness(lateEvening);
    await h.service.saveSettings(quiet);
    await h.service.handleReading(detailReading(lateEvening, dueIn("6351074783600010", lateEvening, 50 * MINUTE_MS)));
    expect(idsOf(h.created)).toEqual(["dispute:6351074783600010"]);
  });

  it("does nothing of the kind outside the quiet hours", async () => {
    const h = await startHarness(after(quietEnd, HOUR_MS));
    await h.service.saveSettings(quiet);
    await h.service.handleReading(detailReading(h.now(), dueIn("6351074783600011", h.now(), 20 * HOUR_MS)));
    expect(h.created).toHaveLength(1);
  });
});

describe("many disputes at once", () => {
  it("more than three crossing together become one summary notification", async () => {
    const h = await startHarness();
    const disputes = ["6351074783600021", "6351074783600022", "6351074783600023", "6351074783600024"].map((id, index) =>
      dueIn(id, T0, (5 + index) * HOUR_MS),
    );
    await h.service.handleReading(listReading(T0.toISOString(), disputes, { complete: true }));
    expect(h.created).toHaveLength(1);
    expect(h.created[0]?.id).toMatch(new RegExp(`^summary:${CHANNEL}:`));
    expect(h.created[0]?.options.buttons).toBeUndefined();
    expect(await badge()).toMatchObject({ text: "4", color: RED });
    await h.service.replan();
    expect(h.created).toHaveLength(1);
  });

  it("three crossing together are shown one by one", async () => {
    const h = await startHarness();
    const disputes = ["6351074783600031", "6351074783600032", "6351074783600033"].map((id) => dueIn(id, T0, 5 * HOUR_MS));
    await h.service.handleReading(listReading(T0.toISOString(), disputes, { complete: true }));
    expect(idsOf(h.created).sort()).toEqual(["dispute:6351074783600031", "dispute:6351074783600032", "dispute:6351074783600033"]);
  });
});

describe("the toolbar badge follows the clock", () => {
  it("25 h left → empty, 23 h → amber 1, 5 h → red 1, overdue → red 1, each re-planned by the alarm", async () => {
    const h = await startHarness();
    const due = after(T0, 25 * HOUR_MS);
    await h.service.handleReading(detailReading(T0, dueIn("6351074783600041", T0, 25 * HOUR_MS)));
    expect((await badge()).text).toBe("");
    // The 24 h mark is a wake of its own: the badge changes without any new reading.
    expect(await nextWake()).toEqual(after(due, -24 * HOUR_MS));

    h.setNow(after(due, -23 * HOUR_MS));
    await h.service.replan();
    expect(await badge()).toMatchObject({ text: "1", color: AMBER });
    expect((await badge()).title).toContain("23 h");

    h.setNow(after(due, -5 * HOUR_MS));
    await h.service.replan();
    expect(await badge()).toMatchObject({ text: "1", color: RED });

    h.setNow(after(due, 30 * MINUTE_MS));
    await h.service.replan();
    expect(await badge()).toMatchObject({ text: "1", color: RED });
  });

  it("a dispute marked handled leaves the badge and is no longer warned about", async () => {
    const h = await startHarness();
    const id = "6351074783600042";
    await h.service.handleReading(detailReading(T0, dueIn(id, T0, 5 * HOUR_MS)));
    expect((await badge()).text).toBe("1");
    expect(await h.service.toggleHandled(id)).toEqual({ handled: true });
    expect((await getDispute(h.db, id))?.handled).toBe(true);
    expect((await badge()).text).toBe("");
    expect(await nextWake()).toBeNull(); // nothing left to wake for
    h.setNow(after(T0, 4 * HOUR_MS + 30 * MINUTE_MS)); // past its 1 h threshold
    await h.service.replan();
    expect(h.created).toHaveLength(1);
    expect(await h.service.toggleHandled(id)).toEqual({ handled: false });
    expect((await badge()).text).toBe("1");
  });
});

describe("settings", () => {
  it("a settings change re-plans: new thresholds move the next wake and can warn at once", async () => {
    const h = await startHarness();
    const due = after(T0, 20 * HOUR_MS);
    await h.service.handleReading(detailReading(T0, dueIn("6351074783600051", T0, 20 * HOUR_MS)));
    expect(h.created).toHaveLength(1);
    expect(await nextWake()).toEqual(after(due, -6 * HOUR_MS));

    await h.service.saveSettings({ ...DEFAULT_SETTINGS, disputeThresholdsHours: [10] });
    expect(await nextWake()).toEqual(after(due, -10 * HOUR_MS));
    expect(h.created).toHaveLength(1);

    await h.service.saveSettings({ ...DEFAULT_SETTINGS, disputeThresholdsHours: [48] });
    expect(h.created).toHaveLength(2); // the new 48 h threshold is already crossed
    expect((await h.service.getSettings()).settings.disputeThresholdsHours).toEqual([48]);
  });

  it("an empty threshold list turns dispute warnings off, the badge still counts", async () => {
    const h = await startHarness();
    await h.service.saveSettings({ ...DEFAULT_SETTINGS, disputeThresholdsHours: [] });
    await h.service.handleReading(detailReading(T0, dueIn("6351074783600052", T0, 50 * MINUTE_MS)));
    expect(h.created).toHaveLength(0);
    expect(await badge()).toMatchObject({ text: "1", color: RED });
  });
});

describe("the passive reader's blind spots", () => {
  it("a login-expired reading gets its own notice, once, and the popup says so", async () => {
    const h = await startHarness();
    // The store's list was read completely an hour ago; then a page found the session over.
    await h.service.handleReading(listReading(after(T0, -HOUR_MS).toISOString(), [], { complete: true }));
    const expired: PageReading = { ...listReading(T0.toISOString(), []), pageState: "login-expired" };
    await h.service.handleReading(expired);
    expect(idsOf(h.created)).toEqual([`login:${CHANNEL}`]);
    await h.service.replan();
    expect(h.created).toHaveLength(1);
    expect((await h.service.popupState()).notices).toEqual([{ kind: "login-expired", channelId: CHANNEL, since: T0.toISOString() }]);
    expect((await badge()).title.toLowerCase()).toContain("log");

    // A good reading afterwards ends the notice.
    const later = after(T0, HOUR_MS);
    h.setNow(later);
    await h.service.handleReading(listReading(later.toISOString(), [], { complete: true }));
    expect((await h.service.popupState()).notices).toEqual([]);
  });

  it("a list not read completely for over 24 h: popup notice, badge tooltip, and one notification a day", async () => {
    const h = await startHarness();
    await h.service.handleReading(listReading(T0.toISOString(), [dueIn("6351074783600061", T0, 200 * HOUR_MS)], { complete: true }));
    expect((await h.service.popupState()).notices).toEqual([]);

    h.setNow(after(T0, 25 * HOUR_MS));
    await h.service.replan();
    const state = await h.service.popupState();
    expect(state.notices).toEqual([{ kind: "stale-list", channelId: CHANNEL, lastCompleteReadAt: T0.toISOString() }]);
    expect(idsOf(h.created)).toEqual([`stale:${CHANNEL}`]);
    expect((await badge()).title).toContain(CHANNEL);

    h.setNow(after(T0, 26 * HOUR_MS)); // same day in Shanghai (2026-11-21 14:00)
    await h.service.replan();
    expect(h.created).toHaveLength(1);
    h.setNow(after(T0, 44 * HOUR_MS)); // the next day there (2026-11-22 08:00)
    await h.service.replan();
    expect(idsOf(h.created)).toEqual([`stale:${CHANNEL}`, `stale:${CHANNEL}`]);
  });

  it("popupState lists every dispute with its dated clocks, the page deadline first", async () => {
    const h = await startHarness();
    const id = "6351074783600071";
    await h.service.handleReading(detailReading(T0, dueIn(id, T0, 30 * HOUR_MS)));
    const state = await h.service.popupState();
    expect(state.items).toHaveLength(1);
    const [item] = state.items;
    expect(item?.record.disputeId).toBe(id);
    const respond = item?.deadlines.find((deadline) => deadline.rule === "R-RESPOND");
    expect(respond).toMatchObject({ source: "page", alarm: true, dueAt: after(T0, 30 * HOUR_MS).toISOString() });
    expect(state.supportsNotificationButtons).toBe(true);
    expect(state.uiLanguage).toBe("en");
  });

  it("a dispute with no countdown but an 'updated' time gets the rule estimate, marked as such", async () => {
    const h = await startHarness();
    const id = "6351074783600072";
    const updatedAt = after(T0, -24 * HOUR_MS).toISOString();
    const response = await h.service.handleReading(
      detailReading(T0, dueIn(id, T0, 0, { deadline: null, deadlineText: null, openedAt: null, updatedAt })),
    );
    const overlay = response.overlays.find((state) => state.disputeId === id);
    expect(overlay?.deadline).toMatchObject({ rule: "R-RESPOND", source: "rule", dueAt: after(T0, 96 * HOUR_MS).toISOString() });
    expect(overlay?.deadline?.explanation.key).toBe("deadline.rule.afterLastUpdate");
  });
});

describe("the seller's marks and backups", () => {
  it("checklist ticks and the handled mark persist in the database and survive a restart", async () => {
    const h = await startHarness();
    const id = "6351074783600081";
    await h.service.handleReading(detailReading(T0, dueIn(id, T0, 30 * HOUR_MS)));
    expect(await h.service.toggleChecklist(id, "tracking")).toEqual({ checklist: { tracking: true } });
    expect(await h.service.toggleChecklist(id, "chat-log")).toEqual({ checklist: { tracking: true, "chat-log": true } });
    expect(await h.service.toggleChecklist(id, "tracking")).toEqual({ checklist: { tracking: false, "chat-log": true } });
    await h.service.toggleHandled(id);

    const restarted = h.restart();
    const [item] = (await restarted.popupState()).items;
    expect(item?.record).toMatchObject({ checklist: { tracking: false, "chat-log": true }, handled: true });
    // A later reading of the page keeps the seller's marks.
    const later = after(T0, HOUR_MS);
    h.setNow(later);
    await restarted.handleReading(detailReading(later, dueIn(id, later, 29 * HOUR_MS)));
    expect(await getDispute(h.db, id)).toMatchObject({ checklist: { tracking: false, "chat-log": true }, handled: true });
  });

  it("export then import into an empty profile gives back disputes, marks and settings", async () => {
    const source = await startHarness();
    const id = "6351074783600082";
    await source.service.handleReading(detailReading(T0, dueIn(id, T0, 30 * HOUR_MS)));
    await source.service.toggleChecklist(id, "tracking");
    const settings: Settings = { ...DEFAULT_SETTINGS, disputeThresholdsHours: [48, 12], staleListHours: 36 };
    await source.service.saveSettings(settings);
    const { json, fileName } = await source.service.exportBackup();
    expect(fileName).toBe("dispute-sentinel-backup-2026-11-20.json");

    const target = await startHarness();
    const outcome = await target.service.importBackup(json);
    expect(outcome).toMatchObject({ ok: true, created: 1, updated: 0 });
    const imported = await getDispute(target.db, id);
    const original = await getDispute(source.db, id);
    expect(imported).toEqual(original);
    expect((await target.service.getSettings()).settings).toEqual(settings);
    // The import re-planned: the imported dispute is on the badge of the new profile.
    expect((await target.service.popupState()).items.map((item) => item.record.disputeId)).toEqual([id]);
  });

  it("a bad backup file is refused and changes nothing", async () => {
    const h = await startHarness();
    await h.service.handleReading(detailReading(T0, dueIn("6351074783600083", T0, 30 * HOUR_MS)));
    const outcome = await h.service.importBackup('{"format":"dispute-sentinel-backup","version":1,"disputes":[{"disputeId":1}]}');
    expect(outcome.ok).toBe(false);
    expect((await h.service.popupState()).items).toHaveLength(1);
  });
});

describe("races and edge cases", () => {
  it("two toggles of the same checklist item at once (a double click) leave it as it was", async () => {
    const h = await startHarness();
    const id = "6351074783600091";
    await h.service.handleReading(detailReading(T0, dueIn(id, T0, 30 * HOUR_MS)));
    await Promise.all([h.service.toggleChecklist(id, "tracking"), h.service.toggleChecklist(id, "tracking")]);
    expect((await getDispute(h.db, id))?.checklist.tracking ?? false).toBe(false);
    await Promise.all([h.service.toggleHandled(id), h.service.toggleHandled(id)]);
    expect((await getDispute(h.db, id))?.handled).toBe(false);
  });

  it("marks on a dispute that is not stored report nothing as set", async () => {
    const h = await startHarness();
    expect(await h.service.toggleChecklist("6351074783699999", "tracking")).toEqual({ checklist: {} });
    expect(await h.service.toggleHandled("6351074783699999")).toEqual({ handled: false });
  });

  it("two tabs sending the same dispute at once notify it once", async () => {
    const h = await startHarness();
    const id = "6351074783600092";
    const reading = detailReading(T0, dueIn(id, T0, 50 * MINUTE_MS));
    await Promise.all([h.service.handleReading(reading), h.service.handleReading({ ...reading }), h.service.replan()]);
    expect(idsOf(h.created)).toEqual([`dispute:${id}`]);
  });

  it("a new countdown after the buyer changed the request is a new clock, warned about again", async () => {
    const h = await startHarness();
    const id = "6351074783600093";
    await h.service.handleReading(detailReading(T0, dueIn(id, T0, 5 * HOUR_MS)));
    expect(h.created).toHaveLength(1);
    // Six hours later the page shows a fresh 4-day countdown: the buyer modified the dispute (DOMAIN.md §1).
    const later = after(T0, 6 * HOUR_MS);
    h.setNow(later);
    await h.service.handleReading(detailReading(later, dueIn(id, later, 60 * HOUR_MS)));
    expect(idsOf(h.created)).toEqual([`dispute:${id}`, `dispute:${id}`]);
    expect(h.created[1]?.options.title).toContain("2 d 12 h");
    expect(await badge()).toMatchObject({ text: "" });
  });

  it("a click on a summary opens the store's dispute list", async () => {
    const h = await startHarness();
    const disputes = ["6351074783600094", "6351074783600095", "6351074783600096", "6351074783600097"].map((id) => dueIn(id, T0, 3 * HOUR_MS));
    await h.service.handleReading(listReading(T0.toISOString(), disputes, { complete: true }));
    const summaryId = h.created[0]?.id ?? "";
    await h.service.notificationClicked(summaryId, null);
    expect(h.opened).toEqual([`https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=${CHANNEL}`]);
  });

  it("openDispute opens the page the dispute was read on", async () => {
    const h = await startHarness();
    const id = "6351074783600098";
    await h.service.handleReading(detailReading(T0, dueIn(id, T0, 30 * HOUR_MS)));
    expect(await h.service.openDispute(id)).toEqual({ opened: true });
    expect(h.opened).toEqual([detailUrl(id)]);
  });
});
