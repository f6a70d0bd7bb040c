import { describe, expect, it } from "vitest";
import { orderClockOf, type OrderClock } from "./order-clock";

describe("orderClockOf", () => {
  it.each<[string | null, OrderClock]>([
    ["买家申请取消", "cancel-request"],
    ["买家申请取消订单", "cancel-request"],
    ["IN_CANCEL", "cancel-request"],
    ["Buyer requested cancellation", "cancel-request"],
    ["  buyer  requested cancellation. ", "cancel-request"],
    ["等待发货", "awaiting-shipment"],
    ["等待您发货：", "awaiting-shipment"],
    ["WAIT_SELLER_SEND_GOODS", "awaiting-shipment"],
    ["Awaiting shipment", "awaiting-shipment"],
    // Dispute return statuses and other order steps start no order clock.
    ["等待买家发货", "none"],
    ["等待买家收货", "none"],
    ["Shipped", "none"],
    ["FINISH", "none"],
    ["", "none"],
    [null, "none"],
  ])("'%s' → %s", (status, clock) => {
    expect(orderClockOf(status)).toBe(clock);
  });
});
