// Filling {placeholders} with what we know; what we do not know stays visibly blank in the reply's language.
import type { Money } from "../model";
import type { ReplyLanguage } from "./languages";
import type { LanguagePack } from "./template-ids";

export const PLACEHOLDER_NAMES = ["buyer", "orderId", "product", "carrier", "trackingNumber", "shippedAt", "daysLeft", "refund"] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

export function isPlaceholderName(value: unknown): value is PlaceholderName {
  return typeof value === "string" && (PLACEHOLDER_NAMES as readonly string[]).includes(value);
}

/** What the seller knows; null, undefined and blank strings all mean "not known". */
export interface ReplyValues {
  buyer?: string | null;
  orderId?: string | null;
  /** The product's title as the listing gives it; long titles are shortened in the text. */
  product?: string | null;
  carrier?: string | null;
  trackingNumber?: string | null;
  /** When the order was shipped: an ISO-8601 date ("2025-03-20") or instant ("2025-03-20T02:00:00Z"). */
  shippedAt?: string | null;
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
  } else if (name === "shippedAt") {
    if (typeof value !== "string" || !isIsoDate(value)) return false;
    values.shippedAt = value;
  } else {
    if (typeof value !== "string") return false;
    values[name] = value;
  }
  return true;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A calendar day or an instant with its zone, as the records keep them; nothing the Date parser merely guesses at. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DAY.test(value) && !ISO_INSTANT.test(value)) return false;
  // Date.parse rolls "2025-02-30" over to March: the calendar day must exist as written.
  const [year, month, day] = value.slice(0, 10).split("-").map(Number) as [number, number, number];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  return calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day && !Number.isNaN(Date.parse(value));
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

/** How filled values are written; the zone dates a shipment given as an instant (default: the seller center's, DOMAIN.md §2). */
export interface FillOptions {
  timeZone?: string;
}

export const DEFAULT_REPLY_ZONE = "America/Los_Angeles";

/** "20 de marzo de 2025": a day alone is that day; an instant is its day in the zone. */
function formatShippedDay(value: string, language: ReplyLanguage, timeZone: string): string | null {
  if (!isIsoDate(value)) return null;
  const dayOnly = ISO_DAY.test(value);
  const instant = new Date(dayOnly ? `${value}T12:00:00Z` : value);
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: dayOnly ? "UTC" : timeZone }).format(instant);
  } catch {
    // A zone Intl does not know (a mistyped setting): the day in UTC rather than nothing.
    return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(instant);
  }
}

// Listing titles run to 200 characters of keywords; a reply names the product, it does not repeat the listing.
const PRODUCT_MAX_CHARS = 60;
const PRODUCT_MAX_CHARS_WITHOUT_SPACES = 30;

export function shortProductTitle(title: string): string {
  const text = title.replace(/\s+/g, " ").trim();
  const spaced = text.includes(" ");
  const max = spaced ? PRODUCT_MAX_CHARS : PRODUCT_MAX_CHARS_WITHOUT_SPACES;
  if ([...text].length <= max) return text;
  const cut = [...text].slice(0, max).join("");
  const atWord = spaced ? cut.slice(0, cut.lastIndexOf(" ")) : cut;
  return `${(atWord.length >= max / 2 ? atWord : cut).replace(/[\s,;:.\-–—/|]+$/, "")}…`;
}

function valueText(name: PlaceholderName, values: ReplyValues, language: ReplyLanguage, pack: LanguagePack, options: FillOptions): string | null {
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
  if (name === "shippedAt") {
    const shipped = values.shippedAt;
    return typeof shipped === "string" ? formatShippedDay(shipped.trim(), language, options.timeZone ?? DEFAULT_REPLY_ZONE) : null;
  }
  if (name === "product") {
    const product = values.product;
    return typeof product === "string" && product.trim() ? shortProductTitle(product) : null;
  }
  const text = values[name];
  return typeof text === "string" && text.trim() ? text.trim() : null;
}

/**
 * Replaces every {name} in one pass, so a value that itself contains "{orderId}" is left as the buyer wrote it.
 * Known names without a value become the language's blank, e.g. "[tracking number]".
 */
export function fillPlaceholders(template: string, values: ReplyValues, language: ReplyLanguage, pack: LanguagePack, options: FillOptions = {}): string {
  return template.replace(PLACEHOLDER_PATTERN, (whole, name: string) => {
    if (!isPlaceholderName(name)) return whole;
    return valueText(name, values, language, pack, options) ?? pack.blanks[name];
  });
}
