import { browser } from "wxt/browser";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { applyReminderPlan, NEXT_WAKE_ALARM, type ReminderApi } from "./apply-plan";
import { resolveNotificationClick, SNOOZE_BUTTON_INDEX } from "./notification-actions";
import { HOUR_MS, T0, at, iso, makeDispute, makeWorld, runAt, type World } from "./test-fixtures";

// Both the real `browser` and the fake one fit the API the reminders use (checked by tsc).
const realApi: ReminderApi = browser;
const api: ReminderApi = fakeBrowser;

async function shownNotifications(): Promise<Record<string, { title?: string; buttons?: unknown[]; priority?: number }>> {
  return fakeBrowser.notifications.getAll();
}

/** What the background does on every wake: plan from the stored state, store the record, apply. */
async function wake(world: World, now: Date, supportsButtons = true): Promise<void> {
  await applyReminderPlan(runAt(world, now), api, { supportsButtons, iconUrl: "/icon/128.png" });
}

async function scheduledWake(): Promise<Date | null> {
  const alarm = await fakeBrowser.alarms.get(NEXT_WAKE_ALARM);
  return alarm ? new Date(alarm.scheduledTime) : null;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe("applyReminderPlan with WXT's fake browser", () => {
  it("works through `browser` from wxt/browser (the fake one under test)", async () => {
    await applyReminderPlan(runAt(makeWorld({ disputes: [makeDispute("1001", at(2))] }), T0), realApi, { supportsButtons: true });
    expect(Object.keys(await shownNotifications())).toEqual(["dispute:1001"]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe("1");
  });

  it("creates the notifications, the one next-wake alarm and the badge", async () => {
    const world = makeWorld({ disputes: [makeDispute("1001", at(5)), makeDispute("1002", at(80))] });
    await wake(world, T0);
    const shown = await shownNotifications();
    expect(Object.keys(shown)).toEqual(["dispute:1001"]);
    expect(shown["dispute:1001"]?.buttons).toEqual([{ title: "Open" }, { title: "Snooze 1 h" }]);
    expect(shown["dispute:1001"]?.priority).toBe(2);
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name)).toEqual([NEXT_WAKE_ALARM]);
    expect(await scheduledWake()).toEqual(at(4)); // the 1 h threshold of dispute 1001
    expect(await fakeBrowser.action.getBadgeText({})).toBe("1");
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([217, 48, 37, 255]);
    expect(await fakeBrowser.action.getTitle({})).toContain("5 h left");
  });

  it("still sets the next wake and the badge, and shows the others, when the browser refuses one notification", async () => {
    const world = makeWorld({ disputes: [makeDispute("1001", at(2)), makeDispute("1002", at(3))] });
    const refusing: ReminderApi = {
      ...realApi,
      notifications: {
        create: (id, options) => (id === "dispute:1001" ? Promise.reject(new Error("refused")) : realApi.notifications.create(id, options)),
      },
    };
    await expect(applyReminderPlan(runAt(world, T0), refusing, { supportsButtons: true })).rejects.toThrow(/1 notification/);
    expect(Object.keys(await shownNotifications())).toEqual(["dispute:1002"]);
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name)).toEqual([NEXT_WAKE_ALARM]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe("2");
  });

  it("gives Firefox no buttons and no priority", async () => {
    await wake(makeWorld({ disputes: [makeDispute("1001", at(5))] }), T0, false);
    const shown = await shownNotifications();
    expect(shown["dispute:1001"]?.buttons).toBeUndefined();
    expect(shown["dispute:1001"]?.priority).toBeUndefined();
  });

  it("clears the alarm and the badge when nothing is left", async () => {
    const world = makeWorld({ disputes: [makeDispute("1001", at(5))], listReads: [] });
    await wake(world, T0);
    world.disputes = [];
    await wake(world, at(1));
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe("");
  });
});

describe("the alarm loop, time advanced by hand", () => {
  it("each alarm brings the right notifications exactly once, and the badge follows time", async () => {
    const world = makeWorld({ disputes: [makeDispute("1001", at(30))], listReads: [] });
    const created: { at: string; id: string; title: string }[] = [];
    const badges: { at: string; text: string }[] = [];
    let now: Date | null = T0;
    while (now !== null && now.getTime() <= at(31).getTime()) {
      await fakeBrowser.notifications.clear("dispute:1001"); // the seller dismissed the last one
      await wake(world, now);
      for (const [id, options] of Object.entries(await shownNotifications())) created.push({ at: iso(now), id, title: options.title ?? "" });
      badges.push({ at: iso(now), text: await fakeBrowser.action.getBadgeText({}) });
      now = await scheduledWake();
    }
    expect(created.map((entry) => (at(30).getTime() - Date.parse(entry.at)) / HOUR_MS)).toEqual([30, 24, 6, 1]);
    expect(created[0]?.title).toContain("1 d 6 h left"); // first seen inside 72 h: at once
    expect(badges.map((badge) => [(at(30).getTime() - Date.parse(badge.at)) / HOUR_MS, badge.text])).toEqual([
      [30, ""],
      [24, "1"],
      [6, "1"],
      [1, "1"],
      [0, "1"],
    ]);
  });

  it("a browser restart or an update re-plans the same alarm and repeats nothing", async () => {
    const world = makeWorld({ disputes: [makeDispute("1001", at(5))] });
    await wake(world, T0);
    const alarmBefore = await scheduledWake();
    fakeBrowser.reset(); // the browser closed: notifications, alarm and badge are gone; the database is not
    await wake(world, at(0.5)); // runtime.onStartup / onInstalled re-plan from the database
    expect(await shownNotifications()).toEqual({});
    expect(await scheduledWake()).toEqual(alarmBefore);
    expect(await fakeBrowser.action.getBadgeText({})).toBe("1");
  });

  it("after the computer slept past several thresholds, one notification for the most urgent", async () => {
    const world = makeWorld({ disputes: [makeDispute("1001", at(80))] });
    await wake(world, T0);
    expect(await shownNotifications()).toEqual({});
    await wake(world, at(79.5)); // the alarm fires late, on waking
    const shown = await shownNotifications();
    expect(Object.keys(shown)).toEqual(["dispute:1001"]);
    expect(shown["dispute:1001"]?.title).toContain("30 min left");
  });

  it("Snooze 1 h: the background stores it, re-plans, and the warning returns when the snooze ends", async () => {
    const world = makeWorld({ disputes: [makeDispute("1001", at(30))] });
    await wake(world, at(7)); // 23 h left: the 24 h warning
    await fakeBrowser.notifications.clear("dispute:1001");
    const action = resolveNotificationClick("dispute:1001", SNOOZE_BUTTON_INDEX, at(23.5));
    if (action.kind !== "snooze") throw new Error(`expected a snooze, got ${action.kind}`);
    world.disputes = world.disputes.map((dispute) => (dispute.disputeId === action.disputeId ? { ...dispute, snoozedUntil: action.until } : dispute));
    await wake(world, at(24.2)); // the 6 h threshold crossed during the snooze: held
    expect(await shownNotifications()).toEqual({});
    expect(await scheduledWake()).toEqual(at(24.5));
    await wake(world, at(24.5));
    expect((await shownNotifications())["dispute:1001"]?.title).toContain("5 h 30 min left");
  });
});
