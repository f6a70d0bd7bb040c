// Builders for component tests: a plausible dispute record and deadline, overridden per test.
import { emptyDisputeRecord, type DisputeRecord } from "../lib/model";
import type { ComputedDeadline } from "../lib/rules/types";

export function makeRecord(overrides: Partial<DisputeRecord> = {}): DisputeRecord {
  return {
    ...emptyDisputeRecord("5000000000000001", "2026-11-24T12:00:00.000Z"),
    channelId: "238201",
    orderId: "8190000000000000001",
    status: "awaiting-seller",
    statusText: "等待您处理",
    reason: "not-received",
    reasonText: "物流途中",
    buyer: "M*** K.",
    buyerCountry: "ES",
    productTitle: "Wireless earbuds with charging case, very long title that will be cut",
    refundRequested: { amount: 12.5, currency: "USD" },
    orderAmount: { amount: 12.5, currency: "USD" },
    openedAt: "2026-11-24T10:00:00.000Z",
    statusSince: "2026-11-24T10:00:00.000Z",
    lastSeenAt: "2026-11-26T18:00:00.000Z",
    ...overrides,
  };
}

export function makeDeadline(overrides: Partial<ComputedDeadline> = {}): ComputedDeadline {
  return {
    rule: "R-RESPOND",
    dueAt: "2026-11-29T10:00:00.000Z",
    source: "page",
    startEvent: "page",
    startAt: null,
    actor: "seller",
    alarm: true,
    expiry: "expiry.buyerProposalExecuted",
    explanation: { key: "deadline.page.shown", params: { readAt: "2026-11-26T18:00:00.000Z" } },
    ...overrides,
  };
}
