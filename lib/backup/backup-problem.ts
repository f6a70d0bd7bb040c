// Why a backup file was refused, as data (read-backup.ts finds it) and in plain words in the seller's
// language (the options page shows it). zod's own messages are English and name its internals, so each
// fault is sorted into one of a few kinds a seller can act on, with where it is in the file.
import type { z } from "zod";
import type { UiLanguage } from "../model";
import type { MessageKey } from "../i18n/messages";
import { t } from "../i18n/translate";
import type { FieldProblem } from "./backup-schema";
import type { ImportResult } from "./backup";

/** The part of the file a fault is in; `index` counts from 0, `itemId` is the row's own id when it has one. */
export interface FaultPlace {
  section: "file" | "disputes" | "orders" | "events" | "replyTemplates" | "settings";
  index: number | null;
  itemId: string | null;
  /** The field inside the row (or the setting), dotted: "pageDeadline.at"; "" for the row itself. */
  field: string;
}

export type FieldFault =
  | "missing"
  | "wrong-type"
  | "unknown-value"
  | "too-long"
  | "too-large"
  | "too-small"
  | "too-many"
  | "unknown-field"
  | FieldProblem
  | "invalid";

export type BackupProblem =
  | { kind: "too-large"; limitMb: number }
  | { kind: "not-json"; truncated: boolean }
  | { kind: "forbidden-key"; key: string }
  | { kind: "not-backup" }
  | { kind: "no-version" }
  | { kind: "newer-version"; fileVersion: number; readsUpTo: number }
  | { kind: "invalid-field"; place: FaultPlace; fault: FieldFault; detail: string | null; more: number }
  | { kind: "duplicate-id"; section: "disputes" | "orders" | "replyTemplates"; id: string }
  | { kind: "event-without-dispute"; index: number; disputeId: string }
  | { kind: "write-failed"; detail: string };

type Row = Record<string, unknown>;

/** The fault in words-to-be: where it is and what kind it is, from a zod issue on the raw file. */
export function problemFromIssues(issues: readonly z.core.$ZodIssue[], file: unknown): BackupProblem {
  const [first] = issues;
  if (first === undefined) return { kind: "invalid-field", place: placeOf([], file), fault: "invalid", detail: null, more: 0 };
  const { fault, detail, path } = faultOf(first);
  return { kind: "invalid-field", place: placeOf(path, file), fault, detail, more: issues.length - 1 };
}

function faultOf(issue: z.core.$ZodIssue): { fault: FieldFault; detail: string | null; path: PropertyKey[] } {
  const path = [...issue.path];
  switch (issue.code) {
    case "invalid_type":
      // zod reports a missing field as undefined of the wrong type.
      return { fault: issue.input === undefined ? "missing" : "wrong-type", detail: null, path };
    case "invalid_value":
      return { fault: "unknown-value", detail: displayValue(issue.input), path };
    case "too_big":
      return { fault: issue.origin === "string" ? "too-long" : issue.origin === "array" ? "too-many" : "too-large", detail: null, path };
    case "too_small":
      return { fault: "too-small", detail: null, path };
    case "unrecognized_keys":
      return { fault: "unknown-field", detail: issue.keys.join(", "), path };
    case "invalid_key":
      // A record's key: the checklist item's name.
      return { fault: "too-long", detail: null, path };
    case "custom": {
      const problem = (issue.params as { problem?: FieldProblem } | undefined)?.problem;
      return { fault: problem ?? "invalid", detail: displayValue(issue.input), path };
    }
    default:
      return { fault: "invalid", detail: null, path };
  }
}

function displayValue(value: unknown): string | null {
  if (typeof value === "string") return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

function placeOf(path: readonly PropertyKey[], file: unknown): FaultPlace {
  const [section, index, ...rest] = path;
  if (section === "disputes" || section === "orders" || section === "events" || section === "replyTemplates") {
    if (typeof index !== "number") return { section, index: null, itemId: null, field: "" };
    const rows = (file as Row)[section];
    const row = Array.isArray(rows) ? (rows[index] as unknown) : undefined;
    // A template is known by its key ("en/own-…"): language and name, as the editor lists it.
    const idField = section === "orders" ? "orderId" : section === "replyTemplates" ? "key" : "disputeId";
    const rowId = typeof row === "object" && row !== null ? (row as Row)[idField] : undefined;
    return { section, index, itemId: typeof rowId === "string" ? rowId.slice(0, 40) : null, field: rest.map(String).join(".") };
  }
  if (section === "settings") {
    return { section, index: null, itemId: null, field: [index, ...rest].filter((p) => p !== undefined).map(String).join(".") };
  }
  return { section: "file", index: null, itemId: null, field: path.map(String).join(".") };
}

const FAULT_KEYS: Record<FieldFault, MessageKey> = {
  missing: "backup_fault_missing",
  "wrong-type": "backup_fault_wrong_type",
  "unknown-value": "backup_fault_unknown_value",
  "too-long": "backup_fault_too_long",
  "too-large": "backup_fault_too_large",
  "too-small": "backup_fault_too_small",
  "too-many": "backup_fault_too_many",
  "unknown-field": "backup_fault_unknown_field",
  time: "backup_fault_time",
  address: "backup_fault_address",
  zone: "backup_fault_zone",
  clock: "backup_fault_clock",
  id: "backup_fault_id",
  currency: "backup_fault_currency",
  "template-id": "backup_fault_template_id",
  "template-key": "backup_fault_template_key",
  placeholder: "backup_fault_placeholder",
  empty: "backup_fault_empty",
  "not-hideable": "backup_fault_not_hideable",
  invalid: "backup_fault_invalid",
};

const DUPLICATE_KEYS: Record<Extract<BackupProblem, { kind: "duplicate-id" }>["section"], MessageKey> = {
  disputes: "backup_duplicate_dispute",
  orders: "backup_duplicate_order",
  replyTemplates: "backup_duplicate_template",
};

function placeText(place: FaultPlace, lang: UiLanguage): string {
  const field = place.field;
  switch (place.section) {
    case "settings":
      return field === "" ? t(lang, "backup_place_settings") : t(lang, "backup_place_setting", { field });
    case "file":
      return field === "" ? t(lang, "backup_place_file") : t(lang, "backup_place_file_field", { field });
    default: {
      const row =
        place.index === null
          ? t(lang, `backup_place_${place.section}_list`)
          : place.itemId === null
            ? t(lang, `backup_place_${place.section}_row`, { number: place.index + 1 })
            : t(lang, `backup_place_${place.section}_row_id`, { number: place.index + 1, id: place.itemId });
      return field === "" ? row : t(lang, "backup_place_row_field", { row, field });
    }
  }
}

/** One sentence (two at most) a seller can read: what is wrong, where, and that nothing was changed. */
export function describeBackupProblem(problem: BackupProblem, lang: UiLanguage): string {
  const unchanged = t(lang, "backup_nothing_changed");
  const sentence = ((): string => {
    switch (problem.kind) {
      case "too-large":
        return t(lang, "backup_too_large", { limit: problem.limitMb });
      case "not-json":
        return t(lang, problem.truncated ? "backup_truncated" : "backup_not_json");
      case "forbidden-key":
        return t(lang, "backup_forbidden_key", { key: problem.key });
      case "not-backup":
        return t(lang, "backup_not_backup");
      case "no-version":
        return t(lang, "backup_no_version");
      case "newer-version":
        return t(lang, "backup_newer_version", { version: problem.fileVersion, supported: problem.readsUpTo });
      case "invalid-field": {
        const faultWords = t(lang, FAULT_KEYS[problem.fault], { value: problem.detail ?? "" });
        // The offending value, when short and printable, helps find it; the unknown field's text names it already.
        const fault =
          problem.detail === null || problem.fault === "unknown-field" ? faultWords : t(lang, "backup_fault_value", { fault: faultWords, value: problem.detail });
        const more = problem.more > 0 ? t(lang, "backup_more_faults", { count: problem.more }) : "";
        return t(lang, "backup_invalid_field", { place: placeText(problem.place, lang), fault }) + more;
      }
      case "duplicate-id":
        return t(lang, DUPLICATE_KEYS[problem.section], { id: problem.id });
      case "event-without-dispute":
        return t(lang, "backup_event_without_dispute", { number: problem.index + 1, id: problem.disputeId });
      case "write-failed":
        return t(lang, "backup_write_failed", { detail: problem.detail });
    }
  })();
  // Chinese sentences follow each other without a space.
  return lang === "zh" ? `${sentence}${unchanged}` : `${sentence} ${unchanged}`;
}

/** What an import did, in a sentence; or why the file was refused. */
export function describeImportResult(result: ImportResult, lang: UiLanguage): string {
  if (!result.ok) return describeBackupProblem(result.problem, lang);
  return t(lang, "data_imported", {
    count: result.disputes,
    created: result.created,
    updated: result.updated,
    orders: result.orders,
    events: result.events,
    templates: result.templates,
  });
}
