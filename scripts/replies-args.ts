// Argument checking for the replies command, kept apart so it can be tested without a process exit.
import { DISPUTE_REASONS, DISPUTE_STATUSES, isDisputeReason, isDisputeStatus, type DisputeReason, type DisputeStatus } from "../lib/model";
import { REPLY_LANGUAGES, resolveReplyLanguage, type ReplyLanguage } from "../lib/replies/languages";
import { PLACEHOLDER_NAMES, acceptReplyValue, isPlaceholderName, type ReplyValues } from "../lib/replies/placeholders";
import { isNotReceivedCase, NOT_RECEIVED_CASES, type NotReceivedCase } from "../lib/evidence/not-received-case";

export interface RepliesArgs {
  reason: DisputeReason;
  status: DisputeStatus;
  language: ReplyLanguage;
  values: ReplyValues;
  /** --case: the not-received sub-case (in-transit, delivered, customs, returned); null when not given. */
  notReceivedCase: NotReceivedCase | null;
}

export type RepliesArgsResult = { ok: true; args: RepliesArgs } | { ok: false; error: string };

const USAGE = "usage: replies --reason <DisputeReason> --status <DisputeStatus> --lang <code> [--values <JSON>] [--case <not-received sub-case>]";
const OPTIONS = ["--reason", "--status", "--lang", "--values", "--case"] as const;
type Option = (typeof OPTIONS)[number];

const isOption = (arg: string): arg is Option => (OPTIONS as readonly string[]).includes(arg);
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** --values as JSON: known placeholder names only, each of its own type; null means "not known". */
export function parseReplyValues(json: string): { ok: true; values: ReplyValues } | { ok: false; error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, error: "--values is not valid JSON" };
  }
  if (!isPlainObject(parsed)) return { ok: false, error: "--values must be a JSON object" };
  const values: ReplyValues = {};
  for (const [key, value] of Object.entries(parsed)) {
    // A misspelt name would otherwise be dropped silently and its blank left in the text.
    if (!isPlaceholderName(key)) return { ok: false, error: `--values has an unknown key "${key}" (known: ${PLACEHOLDER_NAMES.join(", ")})` };
    if (value === null) continue;
    if (acceptReplyValue(values, key, value)) continue;
    if (key === "daysLeft") return { ok: false, error: "--values daysLeft must be a number ≥ 0" };
    if (key === "refund") return { ok: false, error: '--values refund must be a string ("US $12.50") or {"amount": 12.5, "currency": "USD"}' };
    if (key === "shippedAt") return { ok: false, error: '--values shippedAt must be an ISO-8601 date ("2025-03-20") or instant ("2025-03-20T02:00:00Z")' };
    // Ids have 16–17 digits: as JSON numbers they have already lost digits (DOMAIN.md §2), so refuse numbers.
    return { ok: false, error: `--values ${key} must be a string` };
  }
  return { ok: true, values };
}

export function parseRepliesArgs(argv: readonly string[]): RepliesArgsResult {
  const given = new Map<Option, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (!isOption(arg)) return { ok: false, error: `${arg.startsWith("--") ? "unknown option" : "unexpected argument"} ${arg} (${USAGE})` };
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) return { ok: false, error: `${arg} needs a value (${USAGE})` };
    if (given.has(arg)) return { ok: false, error: `${arg} given twice` };
    given.set(arg, value);
    i++;
  }
  const reason = given.get("--reason");
  const status = given.get("--status");
  const lang = given.get("--lang");
  if (reason === undefined) return { ok: false, error: `missing --reason (${USAGE})` };
  if (status === undefined) return { ok: false, error: `missing --status (${USAGE})` };
  if (lang === undefined) return { ok: false, error: `missing --lang (${USAGE})` };
  if (!isDisputeReason(reason)) return { ok: false, error: `unknown reason "${reason}" (one of: ${DISPUTE_REASONS.join(", ")})` };
  if (!isDisputeStatus(status)) return { ok: false, error: `unknown status "${status}" (one of: ${DISPUTE_STATUSES.join(", ")})` };
  const language = resolveReplyLanguage(lang);
  if (language === null) return { ok: false, error: `unknown language "${lang}" (one of: ${REPLY_LANGUAGES.join(", ")}, with or without a region, e.g. pt-BR)` };
  const subCase = given.get("--case");
  if (subCase !== undefined && !isNotReceivedCase(subCase)) return { ok: false, error: `unknown case "${subCase}" (one of: ${NOT_RECEIVED_CASES.join(", ")})` };
  const notReceivedCase = subCase ?? null;
  const valuesJson = given.get("--values");
  if (valuesJson === undefined) return { ok: true, args: { reason, status, language, values: {}, notReceivedCase } };
  const values = parseReplyValues(valuesJson);
  if (!values.ok) return values;
  return { ok: true, args: { reason, status, language, values: values.values, notReceivedCase } };
}
