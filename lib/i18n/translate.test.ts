import { fillPlaceholders, t } from "./translate";

describe("t", () => {
  it("fills placeholders in both languages", () => {
    expect(t("en", "popup.data-age", { age: "5 h" })).toBe("data 5 h old");
    expect(t("zh", "popup.data-age", { age: "5小时" })).toBe("数据已有5小时");
    expect(t("en", "popup.urgent-count", { count: 3 })).toBe("3 need action within 24 h");
  });

  it("shows a missing parameter as [name], never undefined", () => {
    const text = t("en", "notice.stale-list", { store: "Shop A" });
    expect(text).toBe("The dispute list of Shop A was last read completely [age] ago. Open it to refresh.");
    expect(t("zh", "popup.data-age")).toBe("数据已有[age]");
    expect(text).not.toContain("undefined");
  });

  it("fills zero and repeated placeholders, and ignores inherited keys", () => {
    expect(fillPlaceholders("{n}/{n}", { n: 0 })).toBe("0/0");
    expect(fillPlaceholders("{toString}", {})).toBe("[toString]");
  });

  it("does not re-expand placeholders inside a substituted value", () => {
    expect(fillPlaceholders("{a} and {b}", { a: "{b}", b: "x" })).toBe("{b} and x");
  });
});
