import { DISPUTE_REASONS, DISPUTE_STATUSES } from "../model";
import { normalizeReason, normalizeStatus } from "./normalize";

describe("normalizeStatus (DOMAIN.md §4 statuses table)", () => {
  it.each([
    ["等待您处理", "awaiting-seller"],
    ["买家提起纠纷，等待您确认", "awaiting-seller"],
    ["Awaiting your response", "awaiting-seller"],
    ["WAIT_SELLER_CONFIRM_REFUND", "awaiting-seller"],
    ["等待买家响应", "awaiting-buyer"],
    ["Seller rejected", "awaiting-buyer"],
    ["协商中", "negotiating"],
    ["In dispute", "negotiating"],
    ["processing", "negotiating"],
    ["平台介入处理中", "platform-review"],
    ["Under arbitration", "platform-review"],
    ["ARBITRATING", "platform-review"],
    ["等待买家退货", "awaiting-buyer-return"],
    ["Waiting for buyer to return the item", "awaiting-buyer-return"],
    ["买家发货，等待卖家收货", "awaiting-seller-receipt"],
    ["买家发货,等待卖家收货", "awaiting-seller-receipt"],
    ["等待您确认收货", "awaiting-seller-receipt"],
    ["WAIT_SELLER_RECEIVE_GOODS", "awaiting-seller-receipt"],
    ["退款中", "refunding"],
    ["FUND_PROCESSING", "refunding"],
    ["已结束", "closed"],
    ["卖家响应纠纷超时", "closed"],
    ["Refund successful", "closed"],
    ["SELLER_RESPONSE_ISSUE_TIMEOUT", "closed"],
    ["  closed  ", "closed"],
  ] as const)("%s → %s", (text, status) => {
    expect(normalizeStatus(text)).toBe(status);
  });

  it("matches the longest text: 等待您确认收货 is receipt, not awaiting-seller", () => {
    expect(normalizeStatus("等待您确认收货")).toBe("awaiting-seller-receipt");
    expect(normalizeStatus("买家提起纠纷，等待您确认")).toBe("awaiting-seller");
  });

  it("finds a known status inside a longer text, Latin words standing alone", () => {
    expect(normalizeStatus("状态：已结束")).toBe("closed");
    expect(normalizeStatus("Closed (refund successful)")).toBe("closed");
    expect(normalizeStatus("Disclosed")).toBe("unknown");
  });

  it("codes match only as the whole text", () => {
    expect(normalizeStatus("Your refund is processing")).toBe("unknown");
  });

  it("unknown for anything else, empty or null", () => {
    expect(normalizeStatus("Something new")).toBe("unknown");
    expect(normalizeStatus("")).toBe("unknown");
    expect(normalizeStatus(null)).toBe("unknown");
  });

  it("returns only statuses of the model", () => {
    for (const text of ["等待您处理", "x", "Closed"]) expect(DISPUTE_STATUSES).toContain(normalizeStatus(text));
  });
});

describe("normalizeReason (DOMAIN.md §4 reasons table)", () => {
  it.each([
    ["未收到货", "not-received"],
    ["显示妥投但未收到", "not-received"],
    ["Delivered but not received", "not-received"],
    ["Held by customs", "not-received"],
    ["包裹退回", "not-received"],
    ["货不对版", "not-as-described"],
    ["Color not as described", "not-as-described"],
    ["发错货", "wrong-item"],
    ["Wrong item", "wrong-item"],
    ["质量问题", "quality"],
    ["Does not work", "quality"],
    ["货物破损", "damaged"],
    ["Broken", "damaged"],
    ["产品数量不符", "missing-parts"],
    ["Quantity shortage", "missing-parts"],
    ["假货", "counterfeit"],
    ["Fake", "counterfeit"],
    ["买家个人原因", "change-of-mind"],
    ["No longer needed", "change-of-mind"],
    ["其他", "other"],
    ["Other", "other"],
  ] as const)("%s → %s", (text, reason) => {
    expect(normalizeReason(text)).toBe(reason);
  });

  it("a wrong address is not a wrong item", () => {
    expect(normalizeReason("Wrong address")).toBe("not-received");
  });

  it("unknown for anything else; Latin words must stand alone", () => {
    expect(normalizeReason("Mother")).toBe("unknown");
    expect(normalizeReason("新原因")).toBe("unknown");
    expect(normalizeReason(null)).toBe("unknown");
    for (const text of ["x", "Fake"]) expect(DISPUTE_REASONS).toContain(normalizeReason(text));
  });
});
