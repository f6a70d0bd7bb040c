import { DISPUTE_REASONS, DISPUTE_STATUSES } from "../model";
import { actorName, reasonName, ruleName, statusName } from "./display-names";

describe("display names", () => {
  it("names every reason and status distinctly in both languages", () => {
    for (const lang of ["en", "zh"] as const) {
      const reasons = DISPUTE_REASONS.map((r) => reasonName(r, lang));
      const statuses = DISPUTE_STATUSES.map((s) => statusName(s, lang));
      expect(new Set(reasons).size).toBe(DISPUTE_REASONS.length);
      expect(new Set(statuses).size).toBe(DISPUTE_STATUSES.length);
    }
  });
  it("says the words of DOMAIN.md", () => {
    expect(reasonName("not-received", "en")).toBe("Item not received");
    expect(reasonName("not-received", "zh")).toBe("未收到货");
    expect(statusName("awaiting-seller", "zh")).toBe("等待您处理");
    expect(statusName("platform-review", "en")).toBe("AliExpress is reviewing");
    expect(ruleName("R-RESPOND", "en")).toBe("Respond to the dispute");
    expect(actorName("seller", "en")).toBe("your move");
    expect(actorName("buyer", "zh")).toBe("等待买家");
  });
});
