// Filling {placeholders} with what we know; what we do not know stays visibly blank in the reply's language.
import type { Money } from "../model";
import type { ReplyLanguage } from "./languages";
import type { LanguagePack } from "./template-ids";

export const PLACEHOLDER_NAMES = ["buyer", "orderId", "carrier", "trackingNumber", "daysLeft", "refund"] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

export function isPlaceholderName(value: unknown): value is PlaceholderName {
  return typeof value === "string" && (PLACEHOLDER_NAMES as readonly string[]).includes(value);
}

/** What the seller knows; null, undefined and blank strings all mean "not known". */
export interface ReplyValues {
  buyer?: string | null;
  orderId?: string | null;
  carrier?: string | null;
  trackingNumber?: string | null;
  /** Days left in the current step's window (e.g. the buyer's time to ship a return). */
  daysLeft?: number | null;
  /** As shown ("US $12.50") or as read (Money, formatted in the reply's language). */
  refund?: string | Money | null;
}

/**
 * Sets `values[name]` when `value` has that placeholder's type and says whether it did: the one check for values
 * coming from outside (the command line, a message). Ids are strings only: as JSON numbers 16–17 digits lose
 * some; a refund is a shown string or a Money with a three-letter code; days are a number ≥ 0.
 */
export function acceptReplyValue(values: ReplyValues, name: PlaceholderName, value: unknown): boolean {
  if (name === "daysLeft") {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) return false;
    values.daysLeft = value;
  } else if (name === "refund") {
    if (typeof value === "string") values.refund = value;
    else if (isMoney(value)) values.refund = { amount: value.amount, currency: value.currency };
    else return false;
  } else {
    if (typeof value !== "string") return false;
    values[name] = value;
  }
  return true;
}

function isMoney(value: unknown): value is Money {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const money = value as { amount?: unknown; currency?: unknown };
  return typeof money.amount === "number" && Number.isFinite(money.amount) && typeof money.currency === "string" && /^[A-Z]{3}$/.test(money.currency);
}

const PLACEHOLDER_PATTERN = /\{(\w+)\}/g;

/** The placeholder names a template uses, in order of first use (unknown names included, for the tests). */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1] ?? ""))];
}

function formatDays(days: number, language: ReplyLanguage, pack: LanguagePack): string {
  const category = new Intl.PluralRules(language).select(days);
  const form = pack.days[category] ?? pack.days.other;
  return form.replace("#", new Intl.NumberFormat(language).format(days));
}

function formatMoney(money: Money, language: ReplyLanguage): string {
  try {
    return new Intl.NumberFormat(language, { style: "currency", currency: money.currency }).format(money.amount);
  } catch {
    // A currency code Intl does not know: still say the amount and the code.
    return `${new Intl.NumberFormat(language).format(money.amount)} ${money.currency}`;
  }
}

function valueText(name: PlaceholderName, values: ReplyValues, language: ReplyLanguage, pack: LanguagePack): string | null {
  if (name === "daysLeft") {
    const days = values.daysLeft;
    return typeof days === "number" && Number.isFinite(days) && days >= 0 ? formatDays(days, language, pack) : null;
  }
  if (name === "refund") {
    const refund = values.refund;
    if (refund === null || refund === undefined) return null;
    if (typeof refund !== "string") return Number.isFinite(refund.amount) ? formatMoney(refund, language) : null;
    return refund.trim() || null;
  }
  const text = values[name];
  return typeof text === "string" && text.trim() ? text.trim() : null;
}

/**
 * Replaces every {name} in one pass, so a value that itself contains "{orderId}" is left as the buyer wrote it.
 * Known names without a value become the language's blank, e.g. "[tracking number]".
 */
export function fillPlaceholders(template: string, values: ReplyValues, language: ReplyLanguage, pack: LanguagePack): string {
  return template.replace(PLACEHOLDER_PATTERN, (whole, name: string) => {
    if (!isPlaceholderName(name)) return whole;
    return valueText(name, values, language, pack) ?? pack.blanks[name];
  });
}
