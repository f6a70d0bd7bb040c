import {
  badgeLoginExpiredLine,
  badgeStaleLine,
  staleListNotificationText,
  deadlineNotificationText,
  formatDuration,
  formatTimeLeft,
  loginExpiredNotificationText,
  reasonName,
  shortenProduct,
  summaryNotificationText,
  type DeadlineWarning,
} from "./notification-text";
import { HOUR_MS, MINUTE_MS, T0, at, iso } from "./test-fixtures";

describe("formatDuration", () => {
  it.each([
    [5 * HOUR_MS + 20 * MINUTE_MS, "5 h 20 min", "5小时20分"],
    [2 * 24 * HOUR_MS + 3 * HOUR_MS + 59 * MINUTE_MS, "2 d 3 h", "2天3小时"],
    [3 * 24 * HOUR_MS, "3 d", "3天"],
    [6 * HOUR_MS, "6 h", "6小时"],
    [45 * MINUTE_MS + 59_000, "45 min", "45分钟"],
    [30_000, "< 1 min", "不到1分钟"],
  ])("%d ms → %j / %j (rounded down)", (ms, en, zh) => {
    expect(formatDuration(ms, "en")).toBe(en);
    expect(formatDuration(ms, "zh")).toBe(zh);
  });

  it("says left or overdue", () => {
    expect(formatTimeLeft(at(1), T0, "en")).toBe("1 h left");
    expect(formatTimeLeft(at(-1.5), T0, "en")).toBe("overdue by 1 h 30 min");
    expect(formatTimeLeft(at(-1.5), T0, "zh")).toBe("已超时1小时30分");
  });
});

describe("deadline notification text", () => {
  const warning: DeadlineWarning = {
    rule: "R-RESPOND",
    dueAt: iso(new Date(T0.getTime() + 5 * HOUR_MS + 20 * MINUTE_MS)),
    source: "page",
    orderId: "8190000000000001",
    productTitle: "Wireless earbuds   Bluetooth 5.3 with charging case and a very long title",
    reason: "not-as-described",
    reasonText: "货不对版",
  };

  it("names the order, product, reason, time left and what happens at expiry (en)", () => {
    const text = deadlineNotificationText(warning, T0, "en");
    expect(text.title).toBe("Respond to the dispute · order 8190000000000001 · 5 h 20 min left");
    expect(text.message).toBe(
      "Wireless earbuds Bluetooth 5.3 with cha… · Not as described\nIf nothing is done, the platform refunds the buyer as requested.",
    );
  });

  it("does the same in Chinese", () => {
    const text = deadlineNotificationText(warning, T0, "zh");
    expect(text.title).toBe("回应纠纷，订单 8190000000000001，剩余5小时20分");
    expect(text.message).toContain("货不对版");
    expect(text.message).toContain("超时后系统将按买家方案执行。");
  });

  it.each([
    ["R-RECEIPT", "the buyer is refunded automatically"],
    ["R-EVIDENCE", "decided on what was submitted"],
    ["R-CANCEL", "the order is cancelled automatically"],
    ["R-SHIP", "the order is cancelled and refunded"],
  ] as const)("%s says what happens at expiry", (rule, expiry) => {
    expect(deadlineNotificationText({ ...warning, rule }, T0, "en").message).toContain(expiry);
  });

  it("marks a rule estimate as estimated (DOMAIN.md §1: never shown as fact)", () => {
    expect(deadlineNotificationText({ ...warning, source: "rule" }, T0, "en").title).toMatch(/\(estimated\)$/);
    expect(deadlineNotificationText({ ...warning, source: "rule" }, T0, "zh").title).toMatch(/（估算）$/);
  });

  it("copes with unknown order, product and reason without printing null", () => {
    const text = deadlineNotificationText({ ...warning, orderId: null, productTitle: null, reason: null, reasonText: null }, T0, "en");
    expect(text.title).toContain("order number unknown");
    expect(`${text.title}${text.message}`).not.toMatch(/null|undefined/);
  });

  it("uses the page's own text for an unrecognised reason", () => {
    expect(reasonName("unknown", "物流太慢", "en")).toBe("物流太慢");
    expect(reasonName("unknown", null, "en")).toBe("Unrecognised reason");
    expect(reasonName("damaged", "破损", "zh")).toBe("货物破损");
  });

  it("shortens long product titles and keeps short ones", () => {
    expect(shortenProduct("Phone case")).toBe("Phone case");
    expect(shortenProduct("x".repeat(60))).toHaveLength(40);
  });
});

describe("summary and notice texts", () => {
  it("the summary names the count and the most urgent", () => {
    const warning: DeadlineWarning = { rule: "R-RESPOND", dueAt: iso(at(0.75)), source: "page", orderId: "8190000000000009", productTitle: null, reason: null, reasonText: null };
    expect(summaryNotificationText(6, warning, T0, "en")).toEqual({
      title: "6 disputes or orders are running out of time",
      message: "Most urgent: order 8190000000000009, respond to the dispute, 45 min left.",
    });
    expect(summaryNotificationText(6, warning, T0, "zh").title).toBe("6 项纠纷或订单即将超时");
  });

  it("the login notice names the store", () => {
    expect(loginExpiredNotificationText("2001", "en").message).toMatch(/^Store 2001: sign in again/);
    expect(loginExpiredNotificationText("", "zh").message).toMatch(/^您的店铺/);
  });
});

describe("store names the seller gave", () => {
  it("name the store in sign-in and stale-list notices and badge lines", () => {
    const names = { "2285755": "Blue Shop" };
    expect(loginExpiredNotificationText("2285755", "en", names).message).toMatch(/^Blue Shop: sign in again/);
    expect(loginExpiredNotificationText("901", "en", names).message).toMatch(/^Store 901: sign in again/);
    expect(staleListNotificationText("2285755", null, new Date("2026-11-20T00:00:00Z"), "zh", names).message).toMatch(/^Blue Shop：/);
    expect(badgeLoginExpiredLine("2285755", "en", names)).toBe("⚠ Blue Shop: login expired");
    expect(badgeStaleLine("2285755", null, new Date("2026-11-20T00:00:00Z"), "en", names)).toContain("(Blue Shop)");
  });
});
