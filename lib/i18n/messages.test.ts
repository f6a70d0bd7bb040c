import { en, zh, MESSAGES, type MessageKey } from "./messages";

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

describe("the zh table's type", () => {
  it("rejects a table missing an en key, and one with a key en does not have", () => {
    // @ts-expect-error every en key is required
    const missing: Record<MessageKey, string> = { "app.name": "纠纷哨兵" };
    // @ts-expect-error a key en does not have is refused
    const extra: Record<MessageKey, string> = { ...zh, "popup.no-such-key": "x" };
    expect(Object.keys(missing).length).toBeLessThan(Object.keys(en).length);
    expect(Object.keys(extra).length).toBe(Object.keys(en).length + 1);
  });
});
