import fc from "fast-check";
import { DEFAULT_SETTINGS } from "../model";
import { planReminders } from "./plan-reminders";
import { HOUR_MS, MINUTE_MS, T0, at, iso, makeDispute, makeOrder, makeWorld, runAt, wakeUntil } from "./test-fixtures";

const notificationIds = (plan: ReturnType<typeof runAt>) => plan.notifications.map((n) => n.id);

describe("planReminders: thresholds fire exactly once", () => {
  it("waking only at nextWakeAt, a 100 h deadline warns at 72, 24, 6 and 1 h before, once each", () => {
    const due = at(100);
    const world = makeWorld({ disputes: [makeDispute("1001", due)], listReads: [] });
    const wakes = wakeUntil(world, T0, at(101));
    const warned = wakes.filter((wake) => wake.plan.notifications.length > 0);
    expect(warned.map((wake) => (due.getTime() - wake.at.getTime()) / HOUR_MS)).toEqual([72, 24, 6, 1]);
    for (const wake of warned) expect(notificationIds(wake.plan)).toEqual(["dispute:1001"]);
    expect(world.sent.map((sent) => sent.thresholdHours)).toEqual([72, 24, 6, 1]);
    // The last wake is the deadline itself (the badge turns "overdue"); after it nothing is left.
    const last = wakes.at(-1);
    expect(last?.at).toEqual(due);
    expect(last?.plan.nextWakeAt).toBeNull();
  });

  it("running every 10 minutes instead gives the same four warnings, each once", () => {
    const due = at(100);
    const world = makeWorld({ disputes: [makeDispute("1001", due)] });
    const hoursLeftAtWarning: number[] = [];
    for (let minutes = 0; minutes <= 101 * 60; minutes += 10) {
      const now = new Date(T0.getTime() + minutes * MINUTE_MS);
      const plan = runAt(world, now);
      if (plan.notifications.length > 0) hoursLeftAtWarning.push((due.getTime() - now.getTime()) / HOUR_MS);
    }
    expect(hoursLeftAtWarning).toEqual([72, 24, 6, 1]);
  });

  it("a dispute first seen 5 h before its deadline is warned at once, only for the 6 h threshold", () => {
    const world = makeWorld({ disputes: [makeDispute("1002", at(5))] });
    const first = runAt(world, T0);
    expect(notificationIds(first)).toEqual(["dispute:1002"]);
    expect(first.record.map((sent) => sent.thresholdHours).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([6, 24, 72]);
    expect(first.notifications[0]?.title).toContain("5 h left");
    expect(runAt(world, at(0.5)).notifications).toEqual([]);
    expect(first.nextWakeAt).toBe(iso(at(4)));
    expect(notificationIds(runAt(world, at(4)))).toEqual(["dispute:1002"]);
  });

  it("after a 3-day sleep only the most urgent crossed threshold is shown", () => {
    const world = makeWorld({ disputes: [makeDispute("1003", at(80))] });
    expect(runAt(world, T0).notifications).toEqual([]);
    const afterSleep = runAt(world, at(79.5));
    expect(afterSleep.notifications).toHaveLength(1);
    expect(afterSleep.notifications[0]?.title).toContain("30 min left");
    expect(afterSleep.record.map((sent) => sent.thresholdHours).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([1, 6, 24, 72]);
    expect(runAt(world, at(79.6)).notifications).toEqual([]);
  });

  it("a restarted deadline gets fresh thresholds; a jitter under 2 minutes does not", () => {
    const dispute = makeDispute("1004", at(5));
    const world = makeWorld({ disputes: [dispute] });
    expect(runAt(world, T0).notifications).toHaveLength(1);
    // Countdown jitter: the page's deadline moved by 90 s.
    world.disputes = [makeDispute("1004", new Date(at(5).getTime() + 90_000))];
    expect(runAt(world, at(0.1)).notifications).toEqual([]);
    // The buyer modified the dispute: a new 5-day clock (DOMAIN.md §1).
    world.disputes = [makeDispute("1004", at(121))];
    const restarted = runAt(world, at(1));
    expect(restarted.notifications).toEqual([]);
    expect(restarted.nextWakeAt).toBe(iso(at(49)));
    expect(notificationIds(runAt(world, at(49)))).toEqual(["dispute:1004"]);
  });

  it("a deadline already passed produces no threshold warning", () => {
    const world = makeWorld({ disputes: [makeDispute("1005", at(-1))] });
    const plan = runAt(world, T0);
    expect(plan.notifications).toEqual([]);
    expect(plan.record).toEqual([]);
    expect(plan.badge.text).toBe("1");
  });

  it("closed and handled disputes are neither warned about nor counted", () => {
    const world = makeWorld({
      disputes: [makeDispute("1006", at(2), { status: "closed" }), makeDispute("1007", at(2), { handled: true })],
    });
    const plan = runAt(world, T0);
    expect(plan.notifications).toEqual([]);
    expect(plan.badge.text).toBe("");
  });

  it("deadlines that are not the seller's (alarm false) or informational are ignored", () => {
    const world = makeWorld({ disputes: [makeDispute("1008", at(2))] });
    const plan = planReminders({
      ...world,
      now: T0,
      deadlinesOfDispute: (record) => [
        { rule: "R-RETURN-SHIP", dueAt: record.pageDeadline?.at ?? "", source: "rule", startEvent: "return-agreed", startAt: null, actor: "buyer", alarm: false, expiry: "x", explanation: { key: "x", params: {} } },
        { rule: "R-PLATFORM", dueAt: record.pageDeadline?.at ?? "", source: "rule", startEvent: "opened", startAt: null, actor: "platform", alarm: true, informational: true, expiry: "x", explanation: { key: "x", params: {} } },
      ],
    });
    expect(plan.notifications).toEqual([]);
    expect(plan.badge.text).toBe("");
  });
});

describe("planReminders: snooze", () => {
  it("holds a warning until the snooze ends, then shows it", () => {
    const world = makeWorld({ disputes: [makeDispute("2001", at(5), { snoozedUntil: iso(at(1)) })] });
    const held = runAt(world, T0);
    expect(held.notifications).toEqual([]);
    expect(held.record).toEqual([]);
    expect(held.nextWakeAt).toBe(iso(at(1)));
    expect(runAt(world, at(0.5)).notifications).toEqual([]);
    const after = runAt(world, at(1));
    expect(notificationIds(after)).toEqual(["dispute:2001"]);
    expect(after.notifications[0]?.title).toContain("4 h left");
  });

  it("a deadline that falls before the snooze ends is warned about now", () => {
    const world = makeWorld({ disputes: [makeDispute("2002", at(0.5), { snoozedUntil: iso(at(1)) })] });
    expect(notificationIds(runAt(world, T0))).toEqual(["dispute:2002"]);
  });

  it("a snooze that has ended holds nothing", () => {
    const world = makeWorld({ disputes: [makeDispute("2003", at(5), { snoozedUntil: iso(at(-1)) })] });
    expect(notificationIds(runAt(world, T0))).toEqual(["dispute:2003"]);
  });
});

describe("planReminders: quiet hours (browser zone, never the machine's)", () => {
  const quietShanghai = makeWorld({
    browserZone: "Asia/Shanghai",
    settings: { ...DEFAULT_SETTINGS, staleListHours: 24 * 365, quietHours: { enabled: true, start: "22:00", end: "08:00" } },
  });
  // 23:00 in Shanghai = 15:00 UTC; quiet hours end 08:00 Shanghai = 00:00 UTC next day.
  const lateEvening = new Date("2026-03-02T15:00:00Z");
  const quietEnd = new Date("2026-03-03T00:00:00Z");

  it("holds a warning whose deadline is after the quiet hours until they end", () => {
    const world = { ...quietShanghai, sent: [], disputes: [makeDispute("3001", new Date(lateEvening.getTime() + 20 * HOUR_MS))] };
    const held = runAt(world, lateEvening);
    expect(held.notifications).toEqual([]);
    expect(held.record).toEqual([]);
    expect(held.nextWakeAt).toBe(iso(quietEnd));
    // Past midnight it is still quiet (the window crosses midnight).
    expect(runAt(world, new Date("2026-03-02T18:30:00Z")).notifications).toEqual([]);
    const morning = runAt(world, quietEnd);
    expect(notificationIds(morning)).toEqual(["dispute:3001"]);
  });

  it("sends at once a warning whose deadline falls before the quiet hours end", () => {
    const world = { ...quietShanghai, sent: [], disputes: [makeDispute("3002", new Date(lateEvening.getTime() + 5 * HOUR_MS))] };
    expect(notificationIds(runAt(world, lateEvening))).toEqual(["dispute:3002"]);
  });

  it("sends at once outside quiet hours and when they are disabled", () => {
    const dispute = makeDispute("3003", new Date(lateEvening.getTime() + 20 * HOUR_MS));
    const afternoon = new Date("2026-03-02T06:00:00Z"); // 14:00 in Shanghai
    const outside = { ...quietShanghai, sent: [], disputes: [dispute] };
    expect(notificationIds(runAt(outside, afternoon))).toEqual(["dispute:3003"]);
    const disabled = { ...quietShanghai, sent: [], disputes: [dispute], settings: { ...quietShanghai.settings, quietHours: { enabled: false, start: "22:00", end: "08:00" } } };
    expect(notificationIds(runAt(disabled, lateEvening))).toEqual(["dispute:3003"]);
  });

  it("reads the window in the browser zone: 23:00 UTC is quiet in London, not in Shanghai (07:00)", () => {
    const now = new Date("2026-01-10T23:00:00Z");
    const dispute = makeDispute("3004", new Date(now.getTime() + 20 * HOUR_MS));
    const london = { ...quietShanghai, browserZone: "Europe/London", sent: [], disputes: [dispute] };
    expect(runAt(london, now).notifications).toEqual([]);
    expect(runAt(london, now).nextWakeAt).toBe("2026-01-11T08:00:00.000Z");
    const shanghai = { ...quietShanghai, sent: [], disputes: [dispute] };
    // 07:00 in Shanghai is inside 22:00–08:00: held one hour.
    expect(runAt(shanghai, now).nextWakeAt).toBe("2026-01-11T00:00:00.000Z");
  });
});

describe("planReminders: many at once", () => {
  it("more than three warnings become one summary naming the count and the most urgent, all recorded", () => {
    const disputes = [5, 4, 3.5, 2, 5.5].map((hours, index) => makeDispute(String(4001 + index), at(hours)));
    const world = makeWorld({ disputes });
    const plan = runAt(world, T0);
    expect(plan.notifications).toHaveLength(1);
    const summary = plan.notifications[0];
    expect(summary?.id).toMatch(/^summary:2001:/);
    expect(summary?.title).toContain("5 ");
    expect(summary?.message).toContain(makeDispute("4004", null).orderId ?? "missing");
    expect(summary?.message).toContain("2 h left");
    expect(summary?.buttons).toBe(false);
    expect(new Set(plan.record.map((sent) => sent.subjectId))).toEqual(new Set(disputes.map((d) => d.disputeId)));
    expect(runAt(world, at(0.1)).notifications).toEqual([]);
  });

  it("three warnings stay three notifications", () => {
    const world = makeWorld({ disputes: [makeDispute("4101", at(5)), makeDispute("4102", at(4)), makeDispute("4103", at(3))] });
    expect(notificationIds(runAt(world, T0))).toEqual(["dispute:4103", "dispute:4102", "dispute:4101"]);
  });
});

describe("planReminders: settings", () => {
  it("an empty threshold list turns the kind off, while the badge still counts", () => {
    const world = makeWorld({
      disputes: [makeDispute("5001", at(5))],
      settings: { ...DEFAULT_SETTINGS, staleListHours: 24 * 365, disputeThresholdsHours: [] },
    });
    const plan = runAt(world, T0);
    expect(plan.notifications).toEqual([]);
    expect(plan.badge.text).toBe("1");
  });

  it("changed thresholds are used: 12 h only", () => {
    const world = makeWorld({
      disputes: [makeDispute("5002", at(30))],
      settings: { ...DEFAULT_SETTINGS, staleListHours: 24 * 365, disputeThresholdsHours: [12] },
    });
    const wakes = wakeUntil(world, T0, at(31)).filter((wake) => wake.plan.notifications.length > 0);
    expect(wakes.map((wake) => iso(wake.at))).toEqual([iso(at(18))]);
  });

  it("a threshold added after a more urgent one was sent is recorded silently", () => {
    const world = makeWorld({ disputes: [makeDispute("5003", at(5))] });
    expect(runAt(world, T0).notifications).toHaveLength(1);
    world.settings = { ...world.settings, disputeThresholdsHours: [48, 24, 6, 1] };
    const plan = runAt(world, at(0.1));
    expect(plan.notifications).toEqual([]);
    expect(plan.record.map((sent) => sent.thresholdHours)).toEqual([48]);
  });
});

describe("planReminders: orders (R-SHIP, R-CANCEL) use the order thresholds", () => {
  it("ship-by warns at 24, 6 and 1 h, not at 72", () => {
    const world = makeWorld({ orders: [makeOrder("8100000000000001", { shipDeadline: iso(at(80)) })] });
    const warned = wakeUntil(world, T0, at(81)).filter((wake) => wake.plan.notifications.length > 0);
    expect(warned.map((wake) => (at(80).getTime() - wake.at.getTime()) / HOUR_MS)).toEqual([24, 6, 1]);
    const first = warned[0]?.plan.notifications[0];
    expect(first?.id).toBe("order:8100000000000001:2001");
    expect(first?.buttons).toBe(false);
    expect(first?.title).toContain("Ship the order");
    expect(first?.message).toContain("cancelled and refunded");
  });

  it("a cancellation request seen 30 h ago is warned at once for 24 h", () => {
    const world = makeWorld({ orders: [makeOrder("8100000000000002", { cancelRequestedAt: iso(at(-30)) })] });
    const plan = runAt(world, T0);
    expect(plan.notifications[0]?.title).toContain("Answer the cancellation request");
    expect(plan.notifications[0]?.message).toContain("cancelled automatically");
    expect(plan.record.map((sent) => [sent.rule, sent.thresholdHours])).toEqual([["R-CANCEL", 24]]);
    // Orders are not disputes: the badge counts disputes only.
    expect(plan.badge.text).toBe("");
  });

  it("an empty order threshold list turns order warnings off", () => {
    const world = makeWorld({
      orders: [makeOrder("8100000000000003", { shipDeadline: iso(at(2)) })],
      settings: { ...DEFAULT_SETTINGS, staleListHours: 24 * 365, orderThresholdsHours: [] },
    });
    expect(runAt(world, T0).notifications).toEqual([]);
  });
});

describe("planReminders: the passive reader's blind spot", () => {
  const staleSettings = { ...DEFAULT_SETTINGS, staleListHours: 24 };

  it("a list not read completely for over 24 h gets one notice a day and a tooltip line", () => {
    const world = makeWorld({
      settings: staleSettings,
      listReads: [{ channelId: "2001", lastReadAt: iso(at(-1)), lastCompleteReadAt: iso(at(-30)), loginExpiredAt: null }],
    });
    const first = runAt(world, T0); // 04:00 UTC
    expect(notificationIds(first)).toEqual(["stale:2001"]);
    expect(first.notifications[0]?.title).toContain("1 d 6 h");
    expect(first.badge.title).toContain("store 2001");
    expect(first.nextWakeAt).toBe("2026-03-03T00:00:00.000Z");
    expect(runAt(world, at(10)).notifications).toEqual([]);
    expect(notificationIds(runAt(world, new Date("2026-03-03T00:00:00Z")))).toEqual(["stale:2001"]);
  });

  it("a fresh list wakes the planner when it turns stale", () => {
    const world = makeWorld({
      settings: staleSettings,
      listReads: [{ channelId: "2001", lastReadAt: iso(T0), lastCompleteReadAt: iso(T0), loginExpiredAt: null }],
    });
    const plan = runAt(world, at(1));
    expect(plan.notifications).toEqual([]);
    expect(Date.parse(plan.nextWakeAt ?? "")).toBe(at(24).getTime() + 1);
    expect(notificationIds(runAt(world, new Date(Date.parse(plan.nextWakeAt ?? ""))))).toEqual(["stale:2001"]);
  });

  it("a list never read completely is stale", () => {
    const world = makeWorld({
      settings: staleSettings,
      listReads: [{ channelId: "", lastReadAt: iso(T0), lastCompleteReadAt: null, loginExpiredAt: null }],
    });
    const plan = runAt(world, T0);
    expect(plan.notifications[0]?.title).toBe("Dispute list never read completely");
  });

  it("a login-expired reading is noticed once per expiry", () => {
    const world = makeWorld({
      listReads: [{ channelId: "2001", lastReadAt: iso(T0), lastCompleteReadAt: iso(T0), loginExpiredAt: iso(T0) }],
    });
    const first = runAt(world, T0);
    expect(notificationIds(first)).toEqual(["login:2001"]);
    expect(first.badge.title).toContain("login expired");
    expect(runAt(world, at(1)).notifications).toEqual([]);
    world.listReads = [{ channelId: "2001", lastReadAt: iso(at(5)), lastCompleteReadAt: iso(T0), loginExpiredAt: iso(at(5)) }];
    expect(notificationIds(runAt(world, at(5)))).toEqual(["login:2001"]);
  });

  it("notices wait for the end of quiet hours", () => {
    const world = makeWorld({
      settings: { ...staleSettings, quietHours: { enabled: true, start: "00:00", end: "06:00" } },
      listReads: [{ channelId: "2001", lastReadAt: iso(T0), lastCompleteReadAt: iso(T0), loginExpiredAt: iso(T0) }],
    });
    const quiet = runAt(world, T0); // 04:00 UTC
    expect(quiet.notifications).toEqual([]);
    expect(quiet.nextWakeAt).toBe(iso(at(2)));
    expect(notificationIds(runAt(world, at(2)))).toEqual(["login:2001"]);
  });
});

describe("planReminders: nextWakeAt", () => {
  it("includes the badge marks: entering 24 h, entering 6 h, running out", () => {
    const world = makeWorld({ disputes: [makeDispute("6001", at(30))], settings: { ...DEFAULT_SETTINGS, staleListHours: 24 * 365, disputeThresholdsHours: [] } });
    const wakes = wakeUntil(world, T0, at(40)).map((wake) => wake.at.getTime());
    expect(wakes).toEqual([T0.getTime(), at(6).getTime(), at(24).getTime(), at(30).getTime()]);
  });

  it("is null when nothing will change by itself", () => {
    const world = makeWorld({ listReads: [] });
    expect(runAt(world, T0).nextWakeAt).toBeNull();
  });

  it("is never in the past and never later than the next threshold or badge mark (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -200 * 60, max: 200 * 60 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 300 * 60 }),
        (dueMinutes, nowMinutes) => {
          const now = new Date(T0.getTime() + nowMinutes * MINUTE_MS);
          const disputes = dueMinutes.map((minutes, index) => makeDispute(String(7000 + index), new Date(T0.getTime() + minutes * MINUTE_MS)));
          const plan = runAt(makeWorld({ disputes }), now);
          const marks = disputes
            .flatMap((d) => [0, 1, 6, 24, 72].map((hours) => Date.parse(d.pageDeadline?.at ?? "") - hours * HOUR_MS))
            .filter((mark) => mark > now.getTime());
          if (plan.nextWakeAt === null) return marks.length === 0;
          const wake = Date.parse(plan.nextWakeAt);
          return wake > now.getTime() && wake <= Math.min(...marks, Number.POSITIVE_INFINITY);
        },
      ),
    );
  });
});

describe("planReminders: badge as time passes", () => {
  const world = makeWorld({ disputes: [makeDispute("9001", at(25))] });
  it.each([
    [0, "", "#f29900"],
    [2, "1", "#f29900"],
    [20, "1", "#d93025"],
    [26, "1", "#d93025"],
  ])("%s h after T0 (deadline at 25 h): text %j, colour %s", (hours, text, color) => {
    const plan = planReminders({ ...world, now: at(hours), deadlinesOfDispute: (record) => (record.pageDeadline ? [{ rule: "R-RESPOND", dueAt: record.pageDeadline.at, source: "page", startEvent: "page", startAt: null, actor: "seller", alarm: true, expiry: "x", explanation: { key: "x", params: {} } }] : []) });
    expect(plan.badge.text).toBe(text);
    expect(plan.badge.color).toBe(color);
  });
});

describe("planReminders with the rulebook's computeDeadlines", () => {
  it("a dispute awaiting the seller with a page countdown of 50 min is warned at once", () => {
    const dispute = makeDispute("9101", at(50 / 60));
    const plan = planReminders({ ...makeWorld({ disputes: [dispute] }), now: T0 });
    expect(plan.notifications.map((n) => n.id)).toEqual(["dispute:9101"]);
    expect(plan.notifications[0]?.title).toContain("Respond to the dispute");
    expect(plan.badge).toMatchObject({ text: "1", color: "#d93025" });
  });

  it("texts are in the UI language", () => {
    const dispute = makeDispute("9102", at(5 + 20 / 60));
    const plan = planReminders({ ...makeWorld({ disputes: [dispute], uiLanguage: "zh" }), now: T0 });
    expect(plan.notifications[0]?.title).toContain("剩余5小时20分");
    expect(plan.notifications[0]?.message).toContain("系统将按买家方案执行");
  });
});
