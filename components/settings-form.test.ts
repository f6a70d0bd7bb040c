import { DEFAULT_SETTINGS } from "../lib/model";
import { draftFromSettings, parseThresholds, validateDraft, type RuleLengthInfo } from "./settings-form";

const rules: RuleLengthInfo[] = [
  { id: "R-RESPOND", defaultHours: 120 },
  { id: "R-RECEIPT", defaultHours: null },
];

describe("parseThresholds", () => {
  it("accepts commas (also Chinese) and spaces, dedupes, sorts largest first", () => {
    expect(parseThresholds("1, 24，6 72, 24")).toEqual({ hours: [72, 24, 6, 1] });
    expect(parseThresholds("0.5")).toEqual({ hours: [0.5] });
  });
  it("refuses empty lists, words, zero and more than 30 days", () => {
    expect(parseThresholds(" , ")).toEqual({ error: { key: "error_thresholds_empty" } });
    expect(parseThresholds("24, soon")).toEqual({ error: { key: "error_thresholds_number", params: { value: "soon" } } });
    expect(parseThresholds("0")).toEqual({ error: { key: "error_thresholds_number", params: { value: "0" } } });
    expect(parseThresholds("721")).toEqual({ error: { key: "error_thresholds_number", params: { value: "721" } } });
    expect(parseThresholds("-3")).toEqual({ error: { key: "error_thresholds_number", params: { value: "-3" } } });
  });
});

describe("validateDraft", () => {
  it("round-trips the defaults unchanged", () => {
    expect(validateDraft(draftFromSettings(DEFAULT_SETTINGS), DEFAULT_SETTINGS, rules)).toEqual({
      ok: true,
      settings: DEFAULT_SETTINGS,
    });
  });

  it("turns a reminder kind off with an empty list, and back on with the suggested list", () => {
    const draft = { ...draftFromSettings(DEFAULT_SETTINGS), orderRemindersOn: false, orderThresholds: "garbage" };
    const result = validateDraft(draft, DEFAULT_SETTINGS, rules);
    expect(result.ok && result.settings.orderThresholdsHours).toEqual([]);
    const off = { ...DEFAULT_SETTINGS, disputeThresholdsHours: [] };
    const redraft = draftFromSettings(off);
    expect(redraft.disputeRemindersOn).toBe(false);
    expect(redraft.disputeThresholds).toBe("72, 24, 6, 1");
  });

  it("reports every bad field at once", () => {
    const draft = {
      ...draftFromSettings(DEFAULT_SETTINGS),
      platformZone: "Pacific",
      disputeThresholds: "",
      quietEnabled: true,
      quietStart: "25:00",
      quietEnd: "08:00",
      staleListHours: "0",
      ruleHours: { "R-RESPOND": "five days" },
    };
    const result = validateDraft(draft, DEFAULT_SETTINGS, rules);
    expect(result).toEqual({
      ok: false,
      errors: {
        platformZone: { key: "error_zone", params: { value: "Pacific" } },
        disputeThresholds: { key: "error_thresholds_empty" },
        quietStart: { key: "error_time" },
        staleListHours: { key: "error_stale_hours" },
        "rule:R-RESPOND": { key: "error_rule_hours" },
      },
    });
  });

  it("refuses quiet hours that start when they end", () => {
    const draft = { ...draftFromSettings(DEFAULT_SETTINGS), quietEnabled: true, quietStart: "22:00", quietEnd: "22:00" };
    expect(validateDraft(draft, DEFAULT_SETTINGS, rules)).toEqual({ ok: false, errors: { quietEnd: { key: "error_quiet_same" } } });
  });

  it("keeps overrides only for rules with a published length", () => {
    const draft = { ...draftFromSettings(DEFAULT_SETTINGS), ruleHours: { "R-RESPOND": " 96 ", "R-RECEIPT": "720" } };
    const result = validateDraft(draft, DEFAULT_SETTINGS, rules);
    expect(result.ok && result.settings.ruleHours).toEqual({ "R-RESPOND": 96 });
  });
});

describe("validateDraft: retention (issue 10)", () => {
  it("takes whole days from 1 to 3650", () => {
    const draft = { ...draftFromSettings(DEFAULT_SETTINGS), retentionDays: " 90 " };
    const result = validateDraft(draft, DEFAULT_SETTINGS, rules);
    expect(result.ok && result.settings.retentionDays).toBe(90);
  });
  it.each(["0", "3651", "1.5", "-5", "soon", ""])("refuses %j", (typed) => {
    const draft = { ...draftFromSettings(DEFAULT_SETTINGS), retentionDays: typed };
    expect(validateDraft(draft, DEFAULT_SETTINGS, rules)).toEqual({ ok: false, errors: { retentionDays: { key: "error_retention_days" } } });
  });
});

describe("validateDraft: the watch (issue 13)", () => {
  it("turns the watch on with an interval of whole hours from 1 to 12", () => {
    const draft = { ...draftFromSettings(DEFAULT_SETTINGS), watchEnabled: true, watchEveryHours: " 6 " };
    const result = validateDraft(draft, DEFAULT_SETTINGS, rules);
    expect(result.ok && [result.settings.watchEnabled, result.settings.watchEveryHours]).toEqual([true, 6]);
    for (const bad of ["0", "13", "2.5", "often", ""]) {
      expect(validateDraft({ ...draft, watchEveryHours: bad }, DEFAULT_SETTINGS, rules)).toEqual({ ok: false, errors: { watchEveryHours: { key: "watch_every_invalid" } } });
    }
  });
  it("ignores a bad interval while the watch is off, keeping the stored one", () => {
    const base = { ...DEFAULT_SETTINGS, watchEveryHours: 4 };
    const result = validateDraft({ ...draftFromSettings(base), watchEnabled: false, watchEveryHours: "99" }, base, rules);
    expect(result.ok && [result.settings.watchEnabled, result.settings.watchEveryHours]).toEqual([false, 4]);
  });
});
