import { en, zh, MESSAGES } from "./messages";

const placeholdersOf = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe("UI messages", () => {
  it("has exactly the same keys in en and zh", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it("uses the same placeholders in both languages for every key", () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect({ key, placeholders: placeholdersOf(zh[key]) }).toEqual({ key, placeholders: placeholdersOf(en[key]) });
    }
  });

  it("has no empty string and no untranslated zh string except proper names", () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(MESSAGES.en[key].trim()).not.toBe("");
      expect(MESSAGES.zh[key].trim()).not.toBe("");
      if (/[A-Za-z]{4,}/.test(en[key]) && !key.startsWith("options.platform-zone")) {
        expect({ key, same: zh[key] === en[key] }).toEqual({ key, same: false });
      }
    }
  });
});
