import { emptyDisputeRecord, emptyOrderRecord, type DisputeEvent } from "../model";
import { evidenceSummary, evidenceTimeline, summaryTime, type EvidenceSummaryInput } from "./evidence-summary";

const dispute = {
  ...emptyDisputeRecord("6351074783626585", "2025-12-20T18:00:00.000Z"),
  orderId: "8183974713700486",
  productTitle: "Ceramic Coffee Mug 350 ml, set of 2",
  orderAmount: { amount: 21.8, currency: "USD" },
  refundRequested: { amount: 21.8, currency: "USD" },
  reason: "not-received" as const,
  reasonText: "Still in transit",
  openedAt: "2025-12-20T17:00:00.000Z",
  carrier: "Cainiao Standard",
  trackingNumber: "LP00123456789",
};
const order = {
  ...emptyOrderRecord("8183974713700486", "2025-12-20T18:00:00.000Z"),
  paidAt: "2025-12-01T10:00:00.000Z",
  shippedAt: "2025-12-03T02:30:00.000Z",
  deliveredAt: null,
};
const event = (kind: DisputeEvent["kind"], at: string, patch: Partial<DisputeEvent> = {}): DisputeEvent => ({ disputeId: dispute.disputeId, kind, at, seenAt: at, ...patch });
// Stored in the order the tracker learnt them, not the order they happened.
const events: DisputeEvent[] = [
  event("status-change", "2025-12-24T09:00:00.000Z", { from: "awaiting-seller", to: "awaiting-buyer" }),
  event("opened", "2025-12-20T17:00:00.000Z"),
  event("updated", "2025-12-21T08:00:00.000Z"),
  event("buyer-change", "2025-12-22T12:15:00.000Z", { detail: "买家修改了纠纷方案" }),
  event("buyer-change", "2025-12-23T00:00:00.000Z", { detail: "buyer's requested refund changed (seen between 2025-12-23T00:00:00.000Z and 2025-12-23T05:00:00.000Z)" }),
  event("deadline-change", "2025-12-22T12:15:00.000Z"),
];
const input = (patch: Partial<EvidenceSummaryInput> = {}): EvidenceSummaryInput => ({ dispute, order, events, language: "en", timeZone: "America/Los_Angeles", ...patch });

describe("evidenceTimeline", () => {
  it("orders payment → shipment → delivery → dispute events by date, leaving out what says nothing to the platform", () => {
    const lines = evidenceTimeline(input({ order: { ...order, deliveredAt: "2025-12-19T05:00:00.000Z" } }));
    expect(lines.map((line) => [line.stage, line.at])).toEqual([
      ["payment", "2025-12-01T10:00:00.000Z"],
      ["shipment", "2025-12-03T02:30:00.000Z"],
      ["delivery", "2025-12-19T05:00:00.000Z"],
      ["dispute", "2025-12-20T17:00:00.000Z"],
      ["dispute", "2025-12-22T12:15:00.000Z"],
      ["dispute", "2025-12-23T00:00:00.000Z"],
      ["dispute", "2025-12-24T09:00:00.000Z"],
    ]);
    expect(lines[1]?.text).toBe("Order shipped with Cainiao Standard, tracking number LP00123456789");
    expect(lines[4]?.text).toBe("Buyer changed the dispute (买家修改了纠纷方案)");
    // Our own note on a change seen between two readings is not the buyer's words.
    expect(lines[5]?.text).toBe("Buyer changed the dispute");
    expect(lines[6]?.text).toBe("Dispute status: Waiting for the buyer");
  });

  it("keeps the real order when the parcel arrived after the dispute was opened", () => {
    const lines = evidenceTimeline(input({ events: [], order: { ...order, deliveredAt: "2025-12-26T05:00:00.000Z" } }));
    expect(lines.map((line) => line.stage)).toEqual(["payment", "shipment", "dispute", "delivery"]);
  });

  it("never invents a date: unknown stages are left out; the record's opening stands in for a missing event", () => {
    const lines = evidenceTimeline(input({ order: null, events: [] }));
    expect(lines).toEqual([{ at: "2025-12-20T17:00:00.000Z", stage: "dispute", text: "Buyer opened the dispute" }]);
  });
});

describe("evidenceSummary", () => {
  it("writes the English summary with dates in the platform's zone and their offset", () => {
    expect(evidenceSummary(input())).toBe(
      [
        "Order 8183974713700486 · dispute 6351074783626585",
        "Product: Ceramic Coffee Mug 350 ml, set of 2",
        "Order amount: $21.80",
        "Refund requested by the buyer: $21.80",
        "Dispute reason: Item not received (Still in transit)",
        "",
        "Timeline:",
        "2025-12-01 02:00 GMT-8  Order paid",
        "2025-12-02 18:30 GMT-8  Order shipped with Cainiao Standard, tracking number LP00123456789",
        "2025-12-20 09:00 GMT-8  Buyer opened the dispute",
        "2025-12-22 04:15 GMT-8  Buyer changed the dispute (买家修改了纠纷方案)",
        "2025-12-22 16:00 GMT-8  Buyer changed the dispute",
        "2025-12-24 01:00 GMT-8  Dispute status: Waiting for the buyer",
      ].join("\n"),
    );
  });

  it("writes the Chinese summary, in Beijing time when asked", () => {
    const text = evidenceSummary(input({ language: "zh", timeZone: "Asia/Shanghai" }));
    expect(text.split("\n").slice(0, 2)).toEqual(["订单 8183974713700486 · 纠纷 6351074783626585", "商品：Ceramic Coffee Mug 350 ml, set of 2"]);
    expect(text).toContain("时间线：\n2025-12-01 18:00 GMT+8  买家付款\n2025-12-03 10:30 GMT+8  订单发货，物流商 Cainiao Standard，运单号 LP00123456789\n2025-12-21 01:00 GMT+8  买家发起纠纷");
    expect(text).not.toMatch(/undefined|null|\[object/);
  });

  it("says so when nothing is dated", () => {
    const text = evidenceSummary(input({ dispute: { ...dispute, openedAt: null }, order: null, events: [] }));
    expect(text.endsWith("Timeline:\nNo dated events are known yet.")).toBe(true);
  });
});

describe("summaryTime", () => {
  it("follows daylight saving and survives a bad zone", () => {
    expect(summaryTime("2025-07-01T12:00:00.000Z", "America/Los_Angeles")).toBe("2025-07-01 05:00 GMT-7");
    expect(summaryTime("2025-07-01T12:00:00.000Z", "UTC")).toBe("2025-07-01 12:00 GMT+0");
    expect(summaryTime("2025-07-01T12:00:00.000Z", "Mars/Base")).toBe("2025-07-01 12:00 GMT+0");
  });
});
