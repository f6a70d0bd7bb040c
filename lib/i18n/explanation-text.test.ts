import { explanationText, rulesMessageText, unknownReasonText } from "./explanation-text";
import { instantLine } from "./instant-text";

const zones = { browserZone: "Asia/Shanghai", platformZone: "America/Los_Angeles" };

describe("explanationText", () => {
  it("fills instants in the seller's zone with the platform time beside them", () => {
    const text = explanationText(
      { key: "deadline.rule.afterBuyerChange", params: { start: "2026-11-24T01:00:00.000Z", hours: 120 } },
      "en",
      zones,
    );
    expect(text).toBe("estimated: 120 h after the buyer changed the request on 24 Nov 09:00 (PT 23 Nov 17:00)");
  });

  it("speaks Chinese", () => {
    const text = explanationText(
      { key: "deadline.rule.afterOpening", params: { start: "2026-11-24T01:00:00.000Z", hours: 120 } },
      "zh",
      zones,
    );
    expect(text).toBe("按发起时间估算：11月24日 09:00 (太平洋时间 11月23日 17:00) 后 120 小时");
  });

  it("leaves a missing parameter visible and an unknown key readable", () => {
    expect(explanationText({ key: "deadline.rule.afterLastUpdate", params: {} }, "en", zones)).toBe(
      "estimated from the last update: [hours] h after [start]",
    );
    expect(explanationText({ key: "some.future.key", params: {} }, "en", zones)).toBe("some.future.key");
  });

  it("drops the repeated 'deadline unknown' from unknown reasons", () => {
    expect(unknownReasonText({ key: "deadline.unknown.noStartSeen", params: {} }, "en", zones)).toBe(
      "We have not seen when this step started",
    );
    expect(unknownReasonText({ key: "deadline.unknown.noStartSeen", params: {} }, "zh", zones)).toBe("未看到此阶段的开始时间");
  });

  it("names expiry outcomes", () => {
    expect(rulesMessageText("expiry.buyerProposalExecuted", "en")).toBe("the platform carries out the buyer's proposal");
    expect(rulesMessageText("expiry.orderCancelled", "zh")).toBe("订单自动取消");
  });
});

describe("instantLine", () => {
  it("shows one time when the zones agree and falls back to UTC for a bad zone", () => {
    expect(instantLine("2026-11-24T01:00:00.000Z", "America/Los_Angeles", "America/Los_Angeles", "en")).toBe("23 Nov 17:00");
    expect(instantLine("2026-11-24T01:00:00.000Z", "Not/AZone", "America/Los_Angeles", "en")).toBe("24 Nov 01:00");
  });
});
