import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MESSAGES, type MessageKey } from "./messages";

const localesDir = fileURLToPath(new URL("../../public/_locales/", import.meta.url));
const placeholdersOf = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
const keys = Object.keys(MESSAGES.en) as MessageKey[];

describe("UI messages in public/_locales", () => {
  it("has exactly the same keys in en and zh_CN", () => {
    expect(Object.keys(MESSAGES.zh).sort()).toEqual([...keys].sort());
  });

  it("uses names the browser accepts, and no $ (which it would read as a placeholder)", () => {
    for (const dir of readdirSync(localesDir)) {
      const file = JSON.parse(readFileSync(`${localesDir}${dir}/messages.json`, "utf8")) as Record<string, { message: unknown }>;
      for (const [name, entry] of Object.entries(file)) {
        expect({ dir, name, ok: /^[A-Za-z0-9_@]+$/.test(name) && typeof entry.message === "string" && !entry.message.includes("$") }).toEqual({ dir, name, ok: true });
      }
    }
  });

  it("uses the same placeholders in both languages for every key", () => {
    for (const key of keys) {
      expect({ key, placeholders: placeholdersOf(MESSAGES.zh[key]) }).toEqual({ key, placeholders: placeholdersOf(MESSAGES.en[key]) });
    }
  });

  it("has no empty string and no untranslated zh string except proper names", () => {
    for (const key of keys) {
      expect(MESSAGES.en[key].trim()).not.toBe("");
      expect(MESSAGES.zh[key].trim()).not.toBe("");
      // Words, not placeholder names: "• {order}: {left}" has nothing to translate.
      const words = MESSAGES.en[key].replace(/\{\w+\}/g, "");
      if (/[A-Za-z]{4,}/.test(words) && !key.startsWith("options_platform_zone")) {
        expect({ key, same: MESSAGES.zh[key] === MESSAGES.en[key] }).toEqual({ key, same: false });
      }
    }
  });
});
