import { readDisputeDetailJson } from "./dispute-detail-json";

const LA = "America/Los_Angeles";
// Hand-made from the field names of DOMAIN.md §3: no real detail response has been captured.
const DETAIL = {
  data: {
    reverseOrderLineId: "6375830646018650",
    reverseOrderId: "6375830645918650",
    tradeOrderId: "8207242428268650",
    reverseDetailStatusText: "等待您处理",
    applyReason: "货物破损",
    gmtCreate: "2026-01-15 23:34:08",
    solutions: [
      { solutionOwner: "SELLER", solutionTypeText: "部分退款", refundMoney: { formatMoney: "US $3.00" } },
      { solutionOwner: "BUYER", solutionTypeText: "退货退款", refundMoney: { formatMoney: "US $12.50" }, content: "broken" },
      { solutionOwner: "CUSTOMER_SERVICE", solutionTypeText: "全额退款", refundMoney: { cent: 1250, currency: "USD" } },
    ],
    evidence: { buyerEvidence: [{ fileType: "IMAGE", url: "https://example.invalid/a.jpg" }] },
  },
};

describe("readDisputeDetailJson", () => {
  it("reads status, reason, the buyer's refund and ids", () => {
    const { dispute, warnings } = readDisputeDetailJson(DETAIL, LA);
    expect(warnings).toEqual([]);
    expect(dispute).toMatchObject({
      disputeId: "6375830646018650",
      shownDisputeId: "6375830645918650",
      orderId: "8207242428268650",
      status: "awaiting-seller",
      statusText: "等待您处理",
      reason: "damaged",
      reasonText: "货物破损",
      refundRequested: { amount: 12.5, currency: "USD" },
      openedAt: "2026-01-16T07:34:08.000Z",
      deadline: null,
    });
  });

  it("takes the refund from the BUYER solution only", () => {
    const data = { ...DETAIL.data, solutions: [{ solutionOwner: "SELLER", refundMoney: { formatMoney: "US $3.00" } }] };
    expect(readDisputeDetailJson({ data }, LA).dispute?.refundRequested).toBeNull();
  });

  it("uses the requested id when the response names none, and refuses a response for another dispute", () => {
    const withoutId = { data: { reverseDetailStatusText: "Closed" } };
    expect(readDisputeDetailJson(withoutId, LA, "6375830646018650").dispute).toMatchObject({ disputeId: "6375830646018650", status: "closed" });
    expect(readDisputeDetailJson(withoutId, LA).dispute).toBeNull();
    const other = readDisputeDetailJson(DETAIL, LA, "6375657552402844");
    expect(other.dispute).toBeNull();
    expect(other.warnings).toEqual([expect.stringMatching(/requested for 6375657552402844/)]);
  });

  it("warns about texts it does not know and about a malformed solutions field", () => {
    const { dispute, warnings } = readDisputeDetailJson({ data: { ...DETAIL.data, reverseDetailStatusText: "Something new", applyReason: "Aliens", solutions: "none" } }, LA);
    expect(dispute).toMatchObject({ status: "unknown", statusText: "Something new", reason: "unknown", reasonText: "Aliens", refundRequested: null });
    expect(warnings).toHaveLength(3);
  });

  it.each([null, 5, "x", [], { data: { reverseOrderLineId: { bad: true } } }])("reads nothing from %j without throwing", (data) => {
    expect(readDisputeDetailJson(data, LA).dispute).toBeNull();
  });
});
