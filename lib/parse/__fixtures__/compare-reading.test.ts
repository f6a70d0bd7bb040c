import type { DisputeReading, PageReading } from "../../model";
import { compareField, compareReading } from "./compare-reading";

const dispute: DisputeReading = {
  disputeId: "6351074783626001", orderId: "8183974713700001", status: "awaiting-seller", statusText: "等待您处理",
  reason: "not-received", reasonText: "未收到货", buyer: "Lucas M.", productTitle: null,
  refundRequested: { amount: 20, currency: "USD" }, orderAmount: null, openedAt: "2026-11-18T17:00:00.000Z",
  updatedAt: null, deadline: "2026-11-25T17:45:00.000Z", deadlineText: "4天23小时15分", trackingNumber: null, carrier: null,
};
const reading: PageReading = {
  kind: "dispute-list", pageState: "ok", url: "https://csp.aliexpress.com/m_apps/dispute-management/list",
  readAt: "2026-11-20T18:30:00.000Z", disputes: [dispute], orders: [], warnings: [],
};

describe("compareReading", () => {
  it("accepts a deadline within 2 minutes and rejects one 3 minutes off", () => {
    expect(compareField("deadline", "2026-11-25T17:46:59.000Z", "2026-11-25T17:45:00.000Z")).toBeNull();
    expect(compareField("deadline", "2026-11-25T17:48:00.000Z", "2026-11-25T17:45:00.000Z")).toMatch(/deadline/);
  });
  it("holds other times to the second", () => {
    expect(compareField("openedAt", "2026-11-18T17:00:01.000Z", "2026-11-18T17:00:00.000Z")).toMatch(/openedAt/);
  });
  it("holds money exactly, and null only to null", () => {
    expect(compareField("refundRequested", { amount: 20.01, currency: "USD" }, { amount: 20, currency: "USD" })).not.toBeNull();
    expect(compareField("refundRequested", { amount: 20, currency: "CNY" }, { amount: 20, currency: "USD" })).not.toBeNull();
    expect(compareField("deadline", "2026-11-25T17:45:00.000Z", null)).not.toBeNull();
    expect(compareField("deadline", null, "2026-11-25T17:45:00.000Z")).not.toBeNull();
  });
  it("finds disputes by id and counts them", () => {
    expect(compareReading(reading, { kind: "dispute-list", disputes: [{ disputeId: "6351074783626001", status: "awaiting-seller" }] })).toEqual([]);
    expect(compareReading(reading, { kind: "dispute-list", disputes: [] })).toHaveLength(1);
    expect(compareReading(reading, { kind: "dispute-list", disputes: [{ disputeId: "6351074783626999" }] }).join()).toMatch(/not read/);
    expect(compareReading(reading, { kind: "dispute-detail", pageState: "empty" })).toHaveLength(2);
  });
});
