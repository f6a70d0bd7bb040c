// The options form as text the seller types (a draft), and its validation into Settings.
// Pure, so every rule of the form is tested without a DOM.
import type { Settings } from "../lib/model";
import type { MessageKey } from "../lib/i18n/messages";
import type { MessageParams } from "../lib/i18n/translate";
import { isValidTimeZone } from "../lib/rules/display-time";
import type { RuleId } from "../lib/rules/types";
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from "../lib/db/prune-closed";
import { MAX_WATCH_HOURS, MIN_WATCH_HOURS } from "../lib/watch/plan-watch";
import { MAX_STORE_NAME_LENGTH } from "../lib/backup/backup-schema";

/** A rulebook clock as the options page shows it; defaultHours null = not published (not overridable). */
export interface RuleLengthInfo {
  id: RuleId;
  defaultHours: number | null;
}

export interface SettingsDraft {
  uiLanguage: Settings["uiLanguage"];
  platformZone: string;
  disputeRemindersOn: boolean;
  disputeThresholds: string;
  orderRemindersOn: boolean;
  orderThresholds: string;
  quietEnabled: boolean;
  quietStart: string;
  quietEnd: string;
  staleListHours: string;
  retentionDays: string;
  watchEnabled: boolean;
  watchEveryHours: string;
  /** The seller's name per store (channelId), as typed; blank = no name. */
  storeNames: Record<string, string>;
  /** Override per rule id as typed; "" = use the rulebook. */
  ruleHours: Record<string, string>;
}

export type DraftField =
  | "platformZone"
  | "disputeThresholds"
  | "orderThresholds"
  | "quietStart"
  | "quietEnd"
  | "staleListHours"
  | "retentionDays"
  | "watchEveryHours"
  | `rule:${string}`;

export interface FieldError {
  key: MessageKey;
  params?: MessageParams;
}

export type DraftResult =
  | { ok: true; settings: Settings }
  | { ok: false; errors: Partial<Record<DraftField, FieldError>> };

const MAX_THRESHOLD_HOURS = 720;
const MAX_STALE_HOURS = 720;
const MAX_RULE_HOURS = 8760;
// Shown when a kind of reminder was off: turning it on offers the usual list rather than nothing.
const SUGGESTED_DISPUTE_THRESHOLDS = "72, 24, 6, 1";
const SUGGESTED_ORDER_THRESHOLDS = "24, 6, 1";

export function draftFromSettings(settings: Settings): SettingsDraft {
  const ruleHours: Record<string, string> = {};
  for (const [id, hours] of Object.entries(settings.ruleHours)) ruleHours[id] = String(hours);
  return {
    uiLanguage: settings.uiLanguage,
    platformZone: settings.platformZone,
    disputeRemindersOn: settings.disputeThresholdsHours.length > 0,
    disputeThresholds:
      settings.disputeThresholdsHours.length > 0 ? settings.disputeThresholdsHours.join(", ") : SUGGESTED_DISPUTE_THRESHOLDS,
    orderRemindersOn: settings.orderThresholdsHours.length > 0,
    orderThresholds:
      settings.orderThresholdsHours.length > 0 ? settings.orderThresholdsHours.join(", ") : SUGGESTED_ORDER_THRESHOLDS,
    quietEnabled: settings.quietHours.enabled,
    quietStart: settings.quietHours.start,
    quietEnd: settings.quietHours.end,
    staleListHours: String(settings.staleListHours),
    retentionDays: String(settings.retentionDays),
    watchEnabled: settings.watchEnabled,
    watchEveryHours: String(settings.watchEveryHours),
    storeNames: { ...settings.storeNames },
    ruleHours,
  };
}

const NUMBER = /^\d+(\.\d+)?$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function parseHours(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

/** "72, 24，6 1" → [72, 24, 6, 1]: commas (also Chinese ones) or spaces, deduplicated, largest first. */
export function parseThresholds(text: string): { hours: number[] } | { error: FieldError } {
  const parts = text.split(/[,，;；\s]+/).filter((part) => part !== "");
  if (parts.length === 0) return { error: { key: "error_thresholds_empty" } };
  const hours: number[] = [];
  for (const part of parts) {
    const value = parseHours(part, 0, MAX_THRESHOLD_HOURS);
    if (value === null || value === 0) return { error: { key: "error_thresholds_number", params: { value: part } } };
    if (!hours.includes(value)) hours.push(value);
  }
  return { hours: hours.sort((a, b) => b - a) };
}

/**
 * Validates every field at once (all errors shown together). `base` supplies what the form does
 * not edit, and the quiet-hours times when quiet hours are off and the typed ones are unusable.
 */
export function validateDraft(draft: SettingsDraft, base: Settings, rules: readonly RuleLengthInfo[]): DraftResult {
  const errors: Partial<Record<DraftField, FieldError>> = {};

  const platformZone = draft.platformZone.trim();
  if (!isValidTimeZone(platformZone)) errors.platformZone = { key: "error_zone", params: { value: draft.platformZone } };

  let disputeThresholdsHours: number[] = [];
  if (draft.disputeRemindersOn) {
    const parsed = parseThresholds(draft.disputeThresholds);
    if ("error" in parsed) errors.disputeThresholds = parsed.error;
    else disputeThresholdsHours = parsed.hours;
  }
  let orderThresholdsHours: number[] = [];
  if (draft.orderRemindersOn) {
    const parsed = parseThresholds(draft.orderThresholds);
    if ("error" in parsed) errors.orderThresholds = parsed.error;
    else orderThresholdsHours = parsed.hours;
  }

  const startOk = CLOCK_TIME.test(draft.quietStart.trim());
  const endOk = CLOCK_TIME.test(draft.quietEnd.trim());
  let quietHours = base.quietHours;
  if (draft.quietEnabled) {
    if (!startOk) errors.quietStart = { key: "error_time" };
    if (!endOk) errors.quietEnd = { key: "error_time" };
    if (startOk && endOk && draft.quietStart.trim() === draft.quietEnd.trim()) errors.quietEnd = { key: "error_quiet_same" };
    quietHours = { enabled: true, start: draft.quietStart.trim(), end: draft.quietEnd.trim() };
  } else if (startOk && endOk) {
    quietHours = { enabled: false, start: draft.quietStart.trim(), end: draft.quietEnd.trim() };
  } else {
    quietHours = { ...base.quietHours, enabled: false };
  }

  const staleListHours = parseHours(draft.staleListHours, 1, MAX_STALE_HOURS);
  if (staleListHours === null) errors.staleListHours = { key: "error_stale_hours" };

  // Whole days: lib/db/prune-closed.ts compares against now minus that many days.
  const retentionText = draft.retentionDays.trim();
  const retentionDays = /^\d+$/.test(retentionText) ? Number(retentionText) : Number.NaN;
  const retentionOk = retentionDays >= MIN_RETENTION_DAYS && retentionDays <= MAX_RETENTION_DAYS;
  if (!retentionOk) errors.retentionDays = { key: "error_retention_days" };

  // Overrides only for rules with a published length: an unpublished one is read from the page (DOMAIN.md §1).
  const ruleHours: Record<string, number> = {};
  for (const rule of rules) {
    if (rule.defaultHours === null) continue;
    const typed = (draft.ruleHours[rule.id] ?? "").trim();
    if (typed === "") continue;
    const value = parseHours(typed, 1, MAX_RULE_HOURS);
    if (value === null) errors[`rule:${rule.id}`] = { key: "error_rule_hours" };
    else ruleHours[rule.id] = value;
  }

  // Whole hours, 1–12 (lib/watch/plan-watch.ts); a bad value matters only while the watch is on.
  const watchText = draft.watchEveryHours.trim();
  const typedWatchHours = /^\d+$/.test(watchText) ? Number(watchText) : Number.NaN;
  const watchHoursOk = typedWatchHours >= MIN_WATCH_HOURS && typedWatchHours <= MAX_WATCH_HOURS;
  if (draft.watchEnabled && !watchHoursOk) errors.watchEveryHours = { key: "watch_every_invalid" };
  const watchEveryHours = watchHoursOk ? typedWatchHours : base.watchEveryHours;

  if (Object.keys(errors).length > 0 || staleListHours === null || !retentionOk) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      ...base,
      uiLanguage: draft.uiLanguage,
      platformZone,
      ruleHours,
      disputeThresholdsHours,
      orderThresholdsHours,
      quietHours,
      staleListHours,
      retentionDays,
      watchEnabled: draft.watchEnabled,
      watchEveryHours,
      storeNames: cleanStoreNames(draft.storeNames),
    },
  };
}

/** Names trimmed to at most MAX_STORE_NAME_LENGTH characters; a blank one removes the store's name. */
export function cleanStoreNames(typed: Readonly<Record<string, string>>): Record<string, string> {
  const names: Record<string, string> = {};
  for (const [channelId, name] of Object.entries(typed)) {
    const trimmed = name.trim().slice(0, MAX_STORE_NAME_LENGTH);
    if (trimmed !== "" && /^\d{1,20}$/.test(channelId)) names[channelId] = trimmed;
  }
  return names;
}
