import type { SentReminder } from "../model";
import { findPrunableSentReminders } from "./sent-reminder-pruning";
import { T0, at, iso, makeDispute, makeWorld, runAt } from "./test-fixtures";

const DAY = 24;

describe("findPrunableSentReminders", () => {
  const warning = (key: string, dueHours: number): SentReminder => ({ key, subjectId: "1", subjectKind: "dispute", rule: "R-RESPOND", dueAt: iso(at(dueHours)), thresholdHours: 1, sentAt: iso(at(dueHours - 1)) });
  const notice = (key: string, sentHours: number): SentReminder => ({ key, subjectId: "2001", subjectKind: "notice", rule: "stale-list", dueAt: null, thresholdHours: null, sentAt: iso(at(sentHours)) });

  it("drops warnings a week past their deadline and notices a month old, nothing else", () => {
    const sent = [warning("old", -8 * DAY), warning("recent", -6 * DAY), warning("future", 5), notice("old-notice", -31 * DAY), notice("new-notice", -DAY)];
    expect(findPrunableSentReminders(sent, T0)).toEqual(["old", "old-notice"]);
  });

  it("pruning what it returns never makes the planner repeat a warning", () => {
    const world = makeWorld({ disputes: [makeDispute("1001", at(5))], listReads: [] });
    runAt(world, T0);
    expect(findPrunableSentReminders(world.sent, at(1))).toEqual([]);
    const later = at(5 + 8 * DAY);
    const prunable = new Set(findPrunableSentReminders(world.sent, later));
    expect(prunable.size).toBe(3); // the 72, 24 and 6 h keys
    world.sent = world.sent.filter((reminder) => !prunable.has(reminder.key));
    expect(runAt(world, later).notifications).toEqual([]);
  });
});
