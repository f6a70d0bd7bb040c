import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../model";
import { EXPIRY_KEYS, START_KEYS } from "./explanations";
import { RULEBOOK, RULEBOOK_VERSION, ruleHours } from "./rulebook";
import type { RuleId } from "./types";

const ALL_RULES: RuleId[] = [
  "R-RESPOND",
  "R-PLATFORM",
  "R-RETURN-SHIP",
  "R-RECEIPT",
  "R-EVIDENCE",
  "R-CANCEL",
  "R-SHIP",
  "R-PROTECTION",
  "R-DISPUTE-OPEN",
];

describe("RULEBOOK", () => {
  it("has a version the UI can show", () => {
    expect(RULEBOOK_VERSION).toMatch(/^\d{4}\.\d{2}-\d+$/);
  });

  it("holds every rule of DOMAIN §1 under its own id, with a source and a known start and expiry", () => {
    expect(Object.keys(RULEBOOK).sort()).toEqual([...ALL_RULES].sort());
    for (const id of ALL_RULES) {
      const rule = RULEBOOK[id];
      expect(rule.id).toBe(id);
      expect(rule.source.length).toBeGreaterThan(0);
      expect(START_KEYS).toContain(rule.startsAt);
      expect(EXPIRY_KEYS).toContain(rule.expiryKey);
    }
  });

  it.each<[RuleId, number | null, string, string]>([
    ["R-RESPOND", 120, "seller", "H"],
    ["R-PLATFORM", 168, "platform", "M"],
    ["R-RETURN-SHIP", 240, "buyer", "M"],
    ["R-RECEIPT", null, "seller", "L"],
    ["R-EVIDENCE", null, "seller", "L"],
    ["R-CANCEL", 48, "seller", "L/M"],
    ["R-SHIP", null, "seller", "M"],
    ["R-PROTECTION", null, "buyer", "M"],
    ["R-DISPUTE-OPEN", null, "buyer", "M/H"],
  ])("%s lasts %s h on the %s's clock, confidence %s", (id, hours, actor, confidence) => {
    expect(RULEBOOK[id].hours).toBe(hours);
    expect(RULEBOOK[id].actor).toBe(actor);
    expect(RULEBOOK[id].confidence).toBe(confidence);
  });

  it("keeps the old 3-day evidence window as a note only", () => {
    expect(RULEBOOK["R-EVIDENCE"].hours).toBeNull();
    expect(RULEBOOK["R-EVIDENCE"].note).toMatch(/72 h/);
  });
});

describe("ruleHours", () => {
  it("returns the published length without overrides", () => {
    expect(ruleHours("R-RESPOND", DEFAULT_SETTINGS)).toBe(120);
    expect(ruleHours("R-CANCEL", DEFAULT_SETTINGS)).toBe(48);
  });

  it("applies a positive override from settings", () => {
    expect(ruleHours("R-RESPOND", { ruleHours: { "R-RESPOND": 96 } })).toBe(96);
    expect(ruleHours("R-RETURN-SHIP", { ruleHours: { "R-RETURN-SHIP": 2.5 } })).toBe(2.5);
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])("ignores the override %s", (bad) => {
    expect(ruleHours("R-RESPOND", { ruleHours: { "R-RESPOND": bad } })).toBe(120);
  });

  it("never gives a page-only rule a length, even when the seller sets one", () => {
    expect(ruleHours("R-RECEIPT", { ruleHours: { "R-RECEIPT": 720 } })).toBeNull();
    expect(ruleHours("R-EVIDENCE", { ruleHours: { "R-EVIDENCE": 72 } })).toBeNull();
    expect(ruleHours("R-SHIP", { ruleHours: { "R-SHIP": 72 } })).toBeNull();
  });

  it("ignores overrides of other rules and inherited keys", () => {
    expect(ruleHours("R-CANCEL", { ruleHours: { "R-RESPOND": 10 } })).toBe(48);
    const inherited: Record<string, number> = Object.create({ "R-CANCEL": 5 });
    expect(ruleHours("R-CANCEL", { ruleHours: inherited })).toBe(48);
  });
});
