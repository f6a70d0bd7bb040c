import fc from "fast-check";
import { fillPlaceholders, t } from "./translate";

describe("t", () => {
  it("fills placeholders in both languages", () => {
    expect(t("en", "popup_data_age", { age: "5 h" })).toBe("data 5 h old");
    expect(t("zh", "popup_data_age", { age: "5小时" })).toBe("数据已有5小时");
    expect(t("en", "popup_urgent_count", { count: 3 })).toBe("3 need action within 24 h");
  });

  it("shows a missing parameter as [name], never undefined", () => {
    const text = t("en", "notice_stale_list", { store: "Shop A" });
    expect(text).toBe("The dispute list of Shop A was last read completely [age] ago. Open it to refresh.");
    expect(t("zh", "popup_data_age")).toBe("数据已有[age]");
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

describe("fillPlaceholders properties", () => {
  it("never prints undefined and leaves no {placeholder} unfilled", () => {
    const name = fc.stringMatching(/^[a-z]{1,6}$/);
    fc.assert(
      fc.property(fc.array(name, { maxLength: 4 }), fc.dictionary(name, fc.oneof(fc.integer(), fc.stringMatching(/^[a-z ]{0,8}$/))), (names, params) => {
        const text = fillPlaceholders(names.map((n) => `{${n}}`).join(" "), params);
        expect(text).not.toContain("undefined");
        for (const n of names) expect(text).toContain(Object.prototype.hasOwnProperty.call(params, n) ? String(params[n]) : `[${n}]`);
      }),
    );
  });
});
