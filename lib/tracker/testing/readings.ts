// Builders for readings in tests: every field a parser returns, overridden per test.
import type { DisputeReading, OrderReading, PageReading } from "../../model";

export const LIST_URL = "https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=2285755";
export const CHANNEL = "2285755";

export function disputeReading(overrides: Partial<DisputeReading> = {}): DisputeReading {
  return {
    disputeId: "6351074783626585",
    orderId: "8183974713700486",
    status: "awaiting-seller",
    statusText: "等待您处理",
    reason: "not-received",
    reasonText: "未收到货",
    buyer: "M***a",
    productTitle: "Phone case",
    refundRequested: { amount: 12.5, currency: "USD" },
    orderAmount: { amount: 12.5, currency: "USD" },
    openedAt: "2026-11-18T10:00:00.000Z",
    updatedAt: "2026-11-18T10:00:00.000Z",
    deadline: "2026-11-23T10:00:00.000Z",
    deadlineText: "4天23小时",
    trackingNumber: null,
    carrier: null,
    ...overrides,
  };
}

export function orderReading(overrides: Partial<OrderReading> = {}): OrderReading {
  return {
    orderId: "8183974713700486",
    status: "等待买家收货",
    buyer: "M***a",
    buyerCountry: "ES",
    amount: { amount: 12.5, currency: "USD" },
    paidAt: "2026-11-01T10:00:00.000Z",
    shippedAt: "2026-11-02T10:00:00.000Z",
    deliveredAt: null,
    trackingNumber: "LP00123456789",
    carrier: "Cainiao",
    shipDeadline: null,
    ...overrides,
  };
}

export function listReading(readAt: string, disputes: DisputeReading[], overrides: Partial<PageReading> = {}): PageReading {
  return {
    kind: "dispute-list",
    pageState: disputes.length === 0 ? "empty" : "ok",
    url: LIST_URL,
    readAt,
    disputes,
    orders: [],
    warnings: [],
    channelId: CHANNEL,
    complete: false,
    ...overrides,
  };
}

export function detailUrl(disputeId: string): string {
  return `https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=${disputeId}`;
}
