import type { DisputeReading, PageReading } from "../model";
import { isSameReading } from "./same-reading";

const dispute = (extra: Partial<DisputeReading> = {}): DisputeReading => ({
  disputeId: "6351074783626585", orderId: "8183974713700486", status: "awaiting-seller", statusText: "等待您处理", reason: "damaged", reasonText: "货物破损",
  buyer: null, productTitle: null, refundRequested: { amount: 12.5, currency: "USD" }, orderAmount: null, openedAt: "2026-11-10T16:42:07.000Z", updatedAt: null,
  deadline: "2026-11-25T12:50:00.000Z", deadlineText: "4天18小时20分", trackingNumber: null, carrier: null, ...extra,
});
const reading = (disputes: DisputeReading[]): PageReading => ({
  kind: "dispute-list", pageState: "ok", url: "https://csp.aliexpress.com/m_apps/dispute-management/list", readAt: "2026-11-20T18:30:00.000Z", disputes, orders: [], warnings: [],
});

describe("isSameReading", () => {
  it("takes a countdown read a few seconds later as the same", () => {
    expect(isSameReading(reading([dispute()]), reading([dispute({ deadline: "2026-11-25T12:50:07.000Z", deadlineText: "4天18小时19分53秒" })]))).toBe(true);
  });
  it.each<[string, Partial<DisputeReading>]>([
    ["a moved deadline", { deadline: "2026-11-25T12:55:00.000Z" }],
    ["a new status", { status: "closed", statusText: "已结束" }],
    ["a changed refund", { refundRequested: { amount: 13, currency: "USD" } }],
  ])("sees %s", (_name, change) => {
    expect(isSameReading(reading([dispute()]), reading([dispute(change)]))).toBe(false);
  });
  it("sees a dispute more or less", () => {
    expect(isSameReading(reading([dispute()]), reading([dispute(), dispute({ disputeId: "6319677041676999" })]))).toBe(false);
  });
});
