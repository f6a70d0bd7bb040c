import { describe, expect, it } from "vitest";
import { EXPLANATION_MESSAGES } from "./explanation-messages";
import { EXPIRY_KEYS, EXPLANATION_KEYS, START_KEYS, explain, isExplanationKey } from "./explanations";

const ALL_KEYS = [...EXPLANATION_KEYS, ...EXPIRY_KEYS, ...START_KEYS];
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/gu)].map((match) => match[1]).sort();

describe("explanation messages", () => {
  it.each(ALL_KEYS)("%s has a short English and Chinese text with the same placeholders", (key) => {
    const en = EXPLANATION_MESSAGES.en[key];
    const zh = EXPLANATION_MESSAGES.zh[key];
    expect(en.trim().length).toBeGreaterThan(0);
    expect(zh.trim().length).toBeGreaterThan(0);
    expect(en.length).toBeLessThanOrEqual(140);
    expect(placeholders(zh)).toEqual(placeholders(en));
    expect(zh).not.toBe(en);
  });

  it("has no template for a key that does not exist", () => {
    expect(Object.keys(EXPLANATION_MESSAGES.en).sort()).toEqual([...ALL_KEYS].sort());
    expect(Object.keys(EXPLANATION_MESSAGES.zh).sort()).toEqual([...ALL_KEYS].sort());
  });
});

describe("explain", () => {
  it("keeps strings and numbers and drops missing parameters", () => {
    expect(explain("deadline.page.shown", { readAt: "2026-11-20T18:30:00.000Z", text: null, extra: undefined, hours: 0 })).toEqual({
      key: "deadline.page.shown",
      params: { readAt: "2026-11-20T18:30:00.000Z", hours: 0 },
    });
  });

  it("recognises its own keys only", () => {
    expect(isExplanationKey("deadline.rule.afterBuyerChange")).toBe(true);
    expect(isExplanationKey("expiry.orderCancelled")).toBe(false);
    expect(isExplanationKey("deadline.made.up")).toBe(false);
  });
});
