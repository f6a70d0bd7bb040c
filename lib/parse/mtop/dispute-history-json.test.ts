import { readDisputeHistoryJson } from "./dispute-history-json";

const LA = "America/Los_Angeles";

describe("readDisputeHistoryJson", () => {
  // Hand-made from the field names of DOMAIN.md §3, newest first as timelines often are.
  const HISTORY = {
    data: {
      records: [
        { actionTime: "2026-01-17 09:00:00", actionType: "PLATFORM_INTERVENE", processSolutions: [{ actionOwner: "CUSTOMER_SERVICE", actionPlan: "全额退款" }] },
        { actionTime: 1768636800000, actionType: "SELLER_REFUSE", processSolutions: [{ actionOwner: "SELLER", actionPlan: "部分退款", actionComment: "see photos" }] },
        { actionTime: "2026-01-16 15:12:01", actionType: "BUYER_CREATE", applyReason: "货物破损", files: [], processSolutions: [{ actionOwner: "BUYER", actionPlan: "退货退款", refundMoney: { formatMoney: "US $12.50" } }] },
      ],
    },
  };

  it("reads time, actor and text, oldest first", () => {
    const { entries, warnings } = readDisputeHistoryJson(HISTORY, LA);
    expect(warnings).toEqual([]);
    expect(entries).toEqual([
      { at: "2026-01-16T23:12:01.000Z", actor: "buyer", text: "BUYER_CREATE · 货物破损 · 退货退款" },
      { at: "2026-01-17T08:00:00.000Z", actor: "seller", text: "SELLER_REFUSE · 部分退款 · see photos" },
      { at: "2026-01-17T17:00:00.000Z", actor: "platform", text: "PLATFORM_INTERVENE · 全额退款" },
    ]);
  });

  it("falls back to the action's own words for the actor, and never guesses between two owners", () => {
    const { entries } = readDisputeHistoryJson(
      {
        list: [
          { actionTime: "2026-01-16 10:00:00", actionType: "买家修改了纠纷方案" },
          { actionTime: "2026-01-16 11:00:00", actionType: "SELLER_UPLOAD_EVIDENCE" },
          { actionTime: "2026-01-16 12:00:00", actionType: "SOMETHING" },
          { actionTime: "2026-01-16 13:00:00", actionType: "X", processSolutions: [{ actionOwner: "BUYER" }, { actionOwner: "SELLER" }] },
        ],
      },
      LA,
    );
    expect(entries.map((e) => e.actor)).toEqual(["buyer", "seller", "unknown", "unknown"]);
  });

  it("skips entries without a readable time, with a warning", () => {
    const { entries, warnings } = readDisputeHistoryJson({ list: [{ actionTime: "soon", actionType: "BUYER_CREATE" }, "junk", { actionTime: "2026-01-16 10:00:00", actionType: "BUYER_CREATE" }] }, LA);
    expect(entries).toHaveLength(1);
    expect(warnings).toHaveLength(2);
  });

  it.each([null, 3, "x", {}, { list: [] }])("reads nothing from %j without throwing", (data) => {
    const reading = readDisputeHistoryJson(data, LA);
    expect(reading.entries).toEqual([]);
    expect(reading.warnings).toEqual([expect.stringMatching(/no entries/)]);
  });
});
