import { resolveNotificationClick, OPEN_BUTTON_INDEX, SNOOZE_BUTTON_INDEX } from "./notification-actions";
import { notificationIdOf, parseNotificationId, type NotificationSubject } from "./notification-id";
import { T0 } from "./test-fixtures";

describe("notification ids", () => {
  it.each<NotificationSubject>([
    { kind: "dispute", disputeId: "5012345678902844" },
    { kind: "order", orderId: "8190000000000001", channelId: "2001" },
    { kind: "order", orderId: "8190000000000001", channelId: "" },
    { kind: "summary", channelId: "2001", at: T0.getTime() },
    { kind: "stale", channelId: "" },
    { kind: "login", channelId: "2001" },
  ])("round-trips %j", (subject) => {
    expect(parseNotificationId(notificationIdOf(subject))).toEqual(subject);
  });

  it("does not recognise foreign ids", () => {
    expect(parseNotificationId("something-else")).toBeNull();
    expect(parseNotificationId("weather:today")).toBeNull();
    expect(parseNotificationId("dispute:")).toBeNull();
  });
});

describe("resolveNotificationClick", () => {
  it("opens the dispute's detail page on a click or the Open button", () => {
    const expected = { kind: "open", url: "https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=5012345678902844" };
    expect(resolveNotificationClick("dispute:5012345678902844", null, T0)).toEqual(expected);
    expect(resolveNotificationClick("dispute:5012345678902844", OPEN_BUTTON_INDEX, T0)).toEqual(expected);
  });

  it("snoozes the dispute for one hour from now", () => {
    expect(resolveNotificationClick("dispute:5012345678902844", SNOOZE_BUTTON_INDEX, T0)).toEqual({
      kind: "snooze",
      disputeId: "5012345678902844",
      until: "2026-03-02T05:00:00.000Z",
    });
  });

  it("opens the order, or the store's dispute list for summaries and notices", () => {
    expect(resolveNotificationClick("order:8190000000000001:2001", null, T0)).toEqual({
      kind: "open",
      url: "https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8190000000000001&channelId=2001",
    });
    const list = { kind: "open", url: "https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=2001" };
    expect(resolveNotificationClick(`summary:2001:${T0.getTime()}`, null, T0)).toEqual(list);
    expect(resolveNotificationClick("stale:2001", null, T0)).toEqual(list);
    expect(resolveNotificationClick("login:2001", null, T0)).toEqual(list);
    expect(resolveNotificationClick("stale:", null, T0)).toEqual({ kind: "open", url: "https://csp.aliexpress.com/m_apps/dispute-management/list" });
  });

  it("falls back to the popup for an id it does not know", () => {
    expect(resolveNotificationClick("other", null, T0)).toEqual({ kind: "open-popup" });
  });
});
