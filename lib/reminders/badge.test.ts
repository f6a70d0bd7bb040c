import { BADGE_AMBER, BADGE_RED, badgeMarksOf, computeBadge, type BadgeDeadline, type BadgeItems } from "./badge";
import { HOUR_MS, T0, at, iso } from "./test-fixtures";

function items(deadlines: BadgeDeadline[], extra: Partial<BadgeItems> = {}): BadgeItems {
  return { deadlines, staleLists: [], loginExpiredChannels: [], noListRead: false, ...extra };
}

function due(disputeId: string, hoursAfterT0: number, orderId: string | null = `OID${disputeId}`): BadgeDeadline {
  return { disputeId, orderId, rule: "R-RESPOND", dueAt: iso(at(hoursAfterT0)) };
}

describe("computeBadge", () => {
  it("is empty when no deadline is within 24 h", () => {
    const badge = computeBadge(items([due("1", 25)]), T0, "en");
    expect(badge.text).toBe("");
    expect(badge.title).toContain("No dispute needs your action within 24 h");
  });

  it("counts a deadline 23 h away in amber, naming the order and the time left", () => {
    const badge = computeBadge(items([due("1", 23)]), T0, "en");
    expect(badge).toMatchObject({ text: "1", color: BADGE_AMBER });
    expect(badge.title).toContain("Order OID1: 23 h left");
  });

  it("turns red when one is within 6 h, and for an overdue one", () => {
    expect(computeBadge(items([due("1", 23), due("2", 5)]), T0, "en")).toMatchObject({ text: "2", color: BADGE_RED });
    const overdue = computeBadge(items([due("1", -2)]), T0, "en");
    expect(overdue).toMatchObject({ text: "1", color: BADGE_RED });
    expect(overdue.title).toContain("overdue by 2 h");
  });

  it("counts a dispute once, by its most pressing deadline", () => {
    const badge = computeBadge(items([due("1", 20), { ...due("1", 3), rule: "R-EVIDENCE" }]), T0, "en");
    expect(badge.text).toBe("1");
    expect(badge.color).toBe(BADGE_RED);
    expect(badge.title).toContain("3 h left");
  });

  it("names the five most urgent, most urgent first, then +N more", () => {
    const deadlines = [7, 1, 6, 2, 5, 3, 4].map((hours, index) => due(String(index + 1), hours));
    const lines = computeBadge(items(deadlines), T0, "en").title.split("\n");
    expect(lines.slice(2)).toEqual([
      "• Order OID2: 1 h left",
      "• Order OID4: 2 h left",
      "• Order OID6: 3 h left",
      "• Order OID7: 4 h left",
      "• Order OID5: 5 h left",
      "+2 more",
    ]);
  });

  it("says when the order number is unknown rather than printing null", () => {
    expect(computeBadge(items([due("1", 2, null)]), T0, "en").title).toContain("Order number unknown: 2 h left");
  });

  it("adds stale-list, login-expired and no-list-yet lines to the tooltip", () => {
    const title = computeBadge(
      items([], { staleLists: [{ channelId: "2001", lastCompleteReadAt: iso(at(-50)) }], loginExpiredChannels: ["2002"], noListRead: false }),
      T0,
      "en",
    ).title;
    expect(title).toContain("Dispute list not read completely for 2 d 2 h (store 2001)");
    expect(title).toContain("Store 2002: login expired");
    expect(computeBadge(items([], { noListRead: true }), T0, "en").title).toContain("No dispute list read yet");
  });

  it("speaks Chinese", () => {
    const badge = computeBadge(items([due("1", 5 + 1 / 3)], { loginExpiredChannels: ["2002"] }), T0, "zh");
    expect(badge.title).toContain("1 个纠纷需在24小时内处理");
    expect(badge.title).toContain("订单 OID1: 剩余5小时20分");
    expect(badge.title).toContain("店铺 2002：登录已过期");
  });

  it("caps the text at 99+", () => {
    const deadlines = Array.from({ length: 120 }, (_, index) => due(String(index), 1));
    expect(computeBadge(items(deadlines), T0, "en").text).toBe("99+");
  });
});

describe("badgeMarksOf", () => {
  it("gives the moments the badge changes: 24 h before, 6 h before, at the deadline", () => {
    expect(badgeMarksOf(iso(at(30))).map((mark) => (mark.getTime() - T0.getTime()) / HOUR_MS)).toEqual([6, 24, 30]);
  });
});
