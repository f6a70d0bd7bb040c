// Pure readers for the texts the seller center prints: labels, money, date-times, countdowns, ids
// (DOMAIN.md §2). No clock and no machine zone: `now` and `zone` come in as parameters.
import type { Money } from "../model";
import { isValidTimeZone, isValidWallTime, zonedWallTimeToUtc, type WallTimeParts } from "../time/zoned";

// ───────────────────────── text and labels ─────────────────────────

// Zero-width characters the page puts between digits and units; not whitespace to `\s`.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/gu;

/**
 * A pure string → result function remembered per input: a page repeats the same texts (labels, statuses, dates)
 * hundreds of times, and NFKC plus the big patterns cost more than a map lookup. Bounded: cleared when full.
 */
export function memoizeByText<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text: string): T => {
    const found = known.get(text);
    if (found !== undefined || known.has(text)) return found as T;
    const result = compute(text);
    if (known.size >= limit) known.clear();
    known.set(text, result);
    return result;
  };
}

const normalizedText = memoizeByText((s) => s.normalize("NFKC").replace(ZERO_WIDTH, "").replace(/\s+/gu, " ").trim());

/** NFKC (full-width → half-width, "：" → ":", "￥" → "¥"), every whitespace run → one space, trimmed. */
export function normalizeText(s: string): string {
  return normalizedText(s);
}

const normalizedLabel = memoizeByText((s) => normalizeText(s).toLowerCase().replace(/[\s:]+$/u, ""));

/** Labels compare by equality after this: normalized, lower-case, no trailing ":" (DOMAIN.md §4). */
export function normalizeLabel(s: string): string {
  return normalizedLabel(s);
}

// ───────────────────────── money ─────────────────────────

// Symbols as printed (after NFKC: "￥" is "¥", "＄" is "$"). Longer ones first: "US $" before "$".
// "$" alone is USD and "¥" is CNY on this platform (DOMAIN.md §2).
const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ["US $", "USD"],
  ["US$", "USD"],
  ["CA $", "CAD"],
  ["C$", "CAD"],
  ["AU $", "AUD"],
  ["A$", "AUD"],
  ["R$", "BRL"],
  ["CN ¥", "CNY"],
  ["CN¥", "CNY"],
  ["RMB", "CNY"],
  ["¥", "CNY"],
  ["元", "CNY"],
  ["$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["₽", "RUB"],
  ["руб.", "RUB"],
  ["руб", "RUB"],
  ["₩", "KRW"],
  ["zł", "PLN"],
];
const CURRENCY_CODES = ["USD", "CNY", "EUR", "GBP", "RUB", "BRL", "KRW", "CAD", "AUD", "JPY", "PLN", "MXN", "CHF", "TRY", "UAH", "CLP", "KZT", "ILS", "SAR", "AED"];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
const SYMBOL_SOURCE = CURRENCY_SYMBOLS.map(([symbol]) => escapeRegExp(symbol).replace(/ /g, " ?")).join("|");
const CODE_SOURCE = CURRENCY_CODES.join("|");
// Up to 12 integer digits so a 16-digit order id is never read as an amount; "1,234.50" or "1234.5".
const NUMBER_SOURCE = String.raw`(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{1,12})(?:\.\d{1,2})?(?![\d]|[.,]\d)`;
// Prefix form ("US $12.50", "USD 12.50") or suffix form ("12.50 USD", "235.87 元"); a suffix code
// directly followed by a number belongs to that number ("2 USD 12.50" is USD 12.50).
const MONEY_SOURCE =
  String.raw`(?:(?<preSymbol>${SYMBOL_SOURCE})|(?<![A-Za-z])(?<preCode>${CODE_SOURCE}))\s?(?<preNumber>${NUMBER_SOURCE})` +
  String.raw`|(?<sufNumber>${NUMBER_SOURCE})\s?(?:(?<sufSymbol>${SYMBOL_SOURCE})|(?<sufCode>${CODE_SOURCE})(?![A-Za-z]))(?!\s?\d)`;

function currencyOfSymbol(symbol: string): string | null {
  const compact = symbol.replace(/ /g, "");
  const found = CURRENCY_SYMBOLS.find(([candidate]) => candidate.replace(/ /g, "") === compact);
  return found ? found[1] : null;
}

/** "1,234.50" → 1234.5, rounded to cents without float noise. */
function amountOf(numberText: string): number {
  const cents = Math.round(Number(numberText.replace(/,/g, "")) * 100);
  return cents / 100;
}

function moneyOfMatch(groups: Record<string, string | undefined>): Money | null {
  const numberText = groups.preNumber ?? groups.sufNumber;
  const symbol = groups.preSymbol ?? groups.sufSymbol;
  const code = groups.preCode ?? groups.sufCode;
  const currency = code ?? (symbol === undefined ? null : currencyOfSymbol(symbol));
  if (numberText === undefined || currency === null) return null;
  return { amount: amountOf(numberText), currency };
}

const WHOLE_MONEY = new RegExp(`^(?:${MONEY_SOURCE})$`, "u");
const FIRST_MONEY = new RegExp(MONEY_SOURCE, "u");

/** The whole text is one amount: "US $12.50", "CN￥ 235.87", "12.50 USD", "€9.99". */
export function parseMoney(text: string): Money | null {
  const match = WHOLE_MONEY.exec(normalizeText(text));
  return match?.groups ? moneyOfMatch(match.groups) : null;
}

/** The first amount inside a longer text: "退款金额 US $1,234.50 (x2)" → USD 1234.5. */
export function findMoney(text: string): Money | null {
  const found = firstMoneyOf(text);
  // A copy: callers own what they are given.
  return found === null ? null : { ...found };
}

const firstMoneyOf = memoizeByText((text): Money | null => {
  const match = FIRST_MONEY.exec(normalizeText(text));
  return match?.groups ? moneyOfMatch(match.groups) : null;
}, 5_000);

// ───────────────────────── date-times ─────────────────────────

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_SOURCE = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const TIME_SOURCE = String.raw`(?<hour>\d{1,2})(?::(?<minute>\d{2})(?::(?<second>\d{2})(?:\.\d{1,3})?)?|[时時点點](?<minuteCn>\d{1,2})分(?:(?<secondCn>\d{1,2})秒)?)(?![\d:])(?:\s?(?<meridiem>[ap]\.?m\.?)(?![a-z]))?`;

// Every date-time layout of DOMAIN.md §2; seconds optional in each.
const DATE_TIME_PATTERNS: readonly RegExp[] = [
  // 2025-03-24 10:00:00, 2025/03/24 10:00, 2025-03-24T10:00:00Z
  new RegExp(String.raw`(?<!\d)(?<year>\d{4})[-/.](?<month>\d{1,2})[-/.](?<day>\d{1,2})(?:\s?|T)${TIME_SOURCE}`, "iu"),
  // 2025年03月24日 10:00, 2025年3月24日 10:00:00
  new RegExp(String.raw`(?<!\d)(?<year>\d{4})\s?年\s?(?<month>\d{1,2})\s?月\s?(?<day>\d{1,2})\s?[日号]\s?${TIME_SOURCE}`, "iu"),
  // Mar 24, 2025 10:00, March 24, 2025 at 10:00:00
  new RegExp(String.raw`(?<![a-z])(?<monthName>${MONTH_SOURCE})\.?\s?(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s?(?<year>\d{4}),?\s?(?:at\s)?${TIME_SOURCE}`, "iu"),
  // 24 Mar 2025 10:00:00
  new RegExp(String.raw`(?<!\d)(?<day>\d{1,2})\s?(?<monthName>${MONTH_SOURCE})\.?,?\s?(?<year>\d{4}),?\s?(?:at\s)?${TIME_SOURCE}`, "iu"),
];

// Dates without a time: never a deadline, but their digits must not be read as a countdown.
const DATE_ONLY_PATTERNS: readonly RegExp[] = [
  /(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/giu,
  /(?<!\d)\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?[日号]/giu,
  /(?<!\d)\d{1,2}\s?月\s?\d{1,2}\s?[日号]/giu,
  new RegExp(String.raw`(?<![a-z])${MONTH_SOURCE}\.?\s?\d{1,2}(?:st|nd|rd|th)?,?\s?\d{4}`, "giu"),
  new RegExp(String.raw`(?<!\d)\d{1,2}\s?${MONTH_SOURCE}\.?,?\s?\d{4}`, "giu"),
];

// A zone right after the time, in brackets or not: "(GMT+8)", "GMT-7", "UTC+05:30", "PST", "北京时间", "Z".
const ZONE_AFTER = /^\s?[(（[]?\s?(?:(?<gmt>GMT|UTC)\s?(?:(?<sign>[+\-−])\s?(?<hours>\d{1,2})(?::?(?<minutes>\d{2}))?)?|(?<abbr>PST|PDT|Z)|(?<name>北京时间|太平洋时间|Beijing Time|Pacific Time))(?![A-Za-z])/u;
const ZONE_BEFORE = /(?<name>北京时间|太平洋时间)\s?[:]?\s?$/u;
const ZONE_NAMES: Readonly<Record<string, string>> = {
  北京时间: "Asia/Shanghai",
  "beijing time": "Asia/Shanghai",
  太平洋时间: "America/Los_Angeles",
  "pacific time": "America/Los_Angeles",
};
// PST and PDT are fixed offsets: a page that says PDT means UTC−7 whatever the date.
const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = { pst: "-08:00", pdt: "-07:00", z: "+00:00" };

function offsetZone(sign: string, hours: number, minutes: number): string | null {
  if (hours > 14 || minutes > 59) return null;
  const signChar = sign === "+" ? "+" : "-";
  return `${signChar}${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/** The zone the text names next to a time, "" for none, null for a named zone we cannot use. */
// An ISO-8601 offset written straight after the time: "2025-03-24T10:00:00+08:00".
const ISO_OFFSET_AFTER = /^(?<sign>[+-])(?<hours>\d{2}):?(?<minutes>\d{2})(?![\d:])/u;

// A zone that lost a part: "(GMT+)", "GMT8" (its sign gone), "(+8)" (its GMT gone), "()" (its name gone). Read as UTC
// or in the page's zone it would be another time: it is no time at all (issue 14).
const OFFSET_CUT_SHORT = /^\s?[(（[]\s?(?:[+\-−]\s?\d|[)）\]])/u;
const GMT_CUT_SHORT = /^\s?(?:[+\-−](?!\s?\d)|\d)/u;

function explicitZone(before: string, after: string): string | null {
  const isoOffset = ISO_OFFSET_AFTER.exec(after)?.groups;
  if (isoOffset?.sign !== undefined && isoOffset.hours !== undefined && isoOffset.minutes !== undefined) {
    return offsetZone(isoOffset.sign, Number(isoOffset.hours), Number(isoOffset.minutes));
  }
  if (OFFSET_CUT_SHORT.test(after)) return null;
  const afterMatch = ZONE_AFTER.exec(after);
  const groups = afterMatch?.groups;
  if (afterMatch && groups) {
    if (groups.gmt !== undefined) {
      if (groups.sign === undefined || groups.hours === undefined) {
        return GMT_CUT_SHORT.test(after.slice(afterMatch.index + afterMatch[0].length)) ? null : "+00:00";
      }
      return offsetZone(groups.sign, Number(groups.hours), Number(groups.minutes ?? "0"));
    }
    if (groups.abbr !== undefined) return ZONE_ABBREVIATIONS[groups.abbr.toLowerCase()] ?? null;
    if (groups.name !== undefined) return ZONE_NAMES[groups.name.toLowerCase()] ?? null;
  }
  const name = ZONE_BEFORE.exec(before)?.groups?.name;
  return name === undefined ? "" : (ZONE_NAMES[name.toLowerCase()] ?? null);
}

function wallTimeOf(groups: Record<string, string | undefined>): WallTimeParts | null {
  const monthIndex = groups.monthName === undefined ? -1 : MONTHS.indexOf(groups.monthName.slice(0, 3).toLowerCase());
  const month = groups.monthName === undefined ? Number(groups.month) : monthIndex + 1;
  let hour = Number(groups.hour);
  const meridiem = groups.meridiem?.replace(/\./g, "").toLowerCase();
  if (meridiem !== undefined) {
    // 12-hour clock: 12 AM is midnight, 12 PM noon; "13:00 PM" is not a time.
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === "pm" ? 12 : 0);
  }
  const parts: WallTimeParts = {
    year: Number(groups.year),
    month,
    day: Number(groups.day),
    hour,
    minute: Number(groups.minute ?? groups.minuteCn),
    second: Number(groups.second ?? groups.secondCn ?? "0"),
  };
  return isValidWallTime(parts) ? parts : null;
}

interface DateTimeMatch {
  index: number;
  end: number;
  groups: Record<string, string | undefined>;
}

/** The leftmost date-time in the text, whatever its layout. */
function firstDateTimeMatch(text: string): DateTimeMatch | null {
  let best: DateTimeMatch | null = null;
  for (const pattern of DATE_TIME_PATTERNS) {
    const match = pattern.exec(text);
    if (match?.groups && (best === null || match.index < best.index)) {
      best = { index: match.index, end: match.index + match[0].length, groups: match.groups };
    }
  }
  return best;
}

/**
 * The first date-time inside a text ("纠纷时间：2025-03-24 10:00:00", "Respond by Mar 24, 2025 10:00 (GMT+8).")
 * as a UTC instant. A zone named beside it wins; otherwise the time is read in `zone` (DOMAIN.md §2).
 * A date without a time is no deadline and an impossible date or time is nothing: both give null.
 */
export function parseDateTime(text: string, zone: string): { iso: string; ambiguous: boolean } | null {
  // The same shown time is read for the column check and for the field: remembered per zone and text.
  let ofZone = dateTimesByZone.get(zone);
  if (ofZone === undefined) {
    if (dateTimesByZone.size >= 16) dateTimesByZone.clear();
    ofZone = memoizeByText((shown) => readDateTime(shown, zone), 5_000);
    dateTimesByZone.set(zone, ofZone);
  }
  const found = ofZone(text);
  // A copy: callers own what they are given.
  return found === null ? null : { ...found };
}

const dateTimesByZone = new Map<string, (text: string) => { iso: string; ambiguous: boolean } | null>();

function readDateTime(text: string, zone: string): { iso: string; ambiguous: boolean } | null {
  const normalized = normalizeText(text);
  const match = firstDateTimeMatch(normalized);
  if (!match) return null;
  const parts = wallTimeOf(match.groups);
  if (!parts) return null;
  const named = explicitZone(normalized.slice(0, match.index), normalized.slice(match.end));
  if (named === null) return null;
  const readZone = named === "" ? zone : named;
  if (!isValidTimeZone(readZone)) return null;
  return zonedWallTimeToUtc(parts, readZone);
}

// ───────────────────────── countdowns ─────────────────────────

const UNIT_MS = { day: 86_400_000, hour: 3_600_000, minute: 60_000, second: 1_000 } as const;
type Unit = keyof typeof UNIT_MS;
const UNIT_RANK: Readonly<Record<Unit, number>> = { day: 0, hour: 1, minute: 2, second: 3 };
// Below a larger unit a count stays under that unit ("4天23时", never "4天2315分": that is "4天23时15分" without its 时).
const UNIT_LIMIT: Readonly<Record<Unit, number>> = { day: Number.POSITIVE_INFINITY, hour: 24, minute: 60, second: 60 };

// Longer spellings first so "hours" is not read as "h" + "ours". "日" is left out: "3月24日" is a date.
const UNIT_WORDS = {
  day: String.raw`days?|d|天`,
  hour: String.raw`hours?|hrs?|h|个小时|小时|小時|时|時`,
  minute: String.raw`minutes?|mins?|m|分钟|分鐘|分`,
  second: String.raw`seconds?|secs?|s|秒钟|秒`,
} as const;
const UNIT_SOURCE = String.raw`(?<day>${UNIT_WORDS.day})|(?<hour>${UNIT_WORDS.hour})|(?<minute>${UNIT_WORDS.minute})|(?<second>${UNIT_WORDS.second})`;
const ANY_UNIT_SOURCE = Object.values(UNIT_WORDS).join("|");
// A number right after "1." or "10:" is the tail of another number, but "截止时间：4天" is a countdown.
const NUMBER_START = String.raw`(?<!\d|\d[.:,])`;
const PART = new RegExp(String.raw`${NUMBER_START}(?<value>\d{1,4})\s?(?:${UNIT_SOURCE})(?![a-z])`, "iuy");
const CLOCK = /(?<![\d:])(?<hours>\d{1,3}):(?<minutes>\d{2})(?::(?<seconds>\d{2}))?(?![\d:])/uy;
const SEPARATOR = /(?:\s|,|and\s|又|零)*/iuy;
const START = new RegExp(String.raw`${NUMBER_START}\d{1,4}\s?(?:${UNIT_SOURCE})(?![a-z])|(?<![\d:])\d{1,3}:\d{2}:\d{2}(?![\d:])`, "giu");
// "less than 1 hour", "不足1小时": the deadline is at most that far (DOMAIN.md §2: flagged imprecise).
const LESS_THAN = new RegExp(String.raw`(?:less than|fewer than|under|不足|少于|不到|小于|<)\s?(?<value>\d{1,4}|an?|one)\s?(?:${UNIT_SOURCE})(?![a-z])`, "iu");

// What a countdown cannot follow: a number without its unit ("24 09:00:00"), a unit without its number ("天 04:13:00"),
// or what is left of a date ("2025年03月日 10:00:00", "24 Mar 10:00:00"). Checked on the text before the first count.
const NOT_BEFORE_COUNTDOWN = new RegExp(String.raw`(?:\d|[年月日号]|(?<![a-z])(?:${ANY_UNIT_SOURCE}|${MONTH_SOURCE})\.?)[\s,./\-]*$`, "iu");
// What a countdown cannot be followed by: a number without its unit ("0天05时09分33"), a clock cut short
// ("1 天 :16:46"), a unit without its number ("04天14时分00秒"). Checked where the counts stop.
const NOT_AFTER_COUNTDOWN = new RegExp(String.raw`\s*(?:\d|:\s?\d|(?:${ANY_UNIT_SOURCE})(?![a-z]))`, "iuy");

function unitOf(groups: Record<string, string | undefined>): Unit | null {
  if (groups.day !== undefined) return "day";
  if (groups.hour !== undefined) return "hour";
  if (groups.minute !== undefined) return "minute";
  if (groups.second !== undefined) return "second";
  return null;
}

const MAYBE_DATE = /\d{4}|月/u;

/** Date-times and dates blanked out, so "2025-03-24 10:00:00" never yields the countdown "10:00:00". */
const DATE_MASKS: readonly RegExp[] = [...DATE_TIME_PATTERNS.map((pattern) => new RegExp(pattern.source, "giu")), ...DATE_ONLY_PATTERNS];

function withoutDates(text: string): string {
  // Every date form has a four-digit year or 月: a countdown text usually has neither.
  if (!MAYBE_DATE.test(text)) return text;
  let masked = text;
  const blank = (found: string) => " ".repeat(found.length);
  for (const pattern of DATE_MASKS) masked = masked.replace(pattern, blank);
  return masked;
}

/** A countdown with a part missing or out of place: unknown, never read as a shorter (or longer) window. */
const MALFORMED = "malformed";

/**
 * Reads "4 days 23:15:07"-style sequences from `start`: units in falling order, then maybe a clock. Every unit shown
 * must have its number and every number its unit, or the whole countdown is MALFORMED (issue 14).
 */
function durationFrom(text: string, start: number): number | typeof MALFORMED | null {
  let position = start;
  let lastRank = -1;
  let total = 0;
  let sawDays = false;
  for (;;) {
    PART.lastIndex = position;
    const part = PART.exec(text);
    const unit = part?.groups ? unitOf(part.groups) : null;
    if (!part?.groups || unit === null || UNIT_RANK[unit] <= lastRank) break;
    const value = Number(part.groups.value);
    if (lastRank >= 0 && value >= UNIT_LIMIT[unit]) return MALFORMED;
    total += value * UNIT_MS[unit];
    lastRank = UNIT_RANK[unit];
    sawDays ||= unit === "day";
    position = part.index + part[0].length;
    SEPARATOR.lastIndex = position;
    const separator = SEPARATOR.exec(text);
    if (separator) position += separator[0].length;
  }
  // A clock after the days ("04天 23:15:07", "2 days 03:12:45") or alone ("01:42:16").
  if (lastRank <= 0) {
    CLOCK.lastIndex = position;
    const clock = CLOCK.exec(text);
    const groups = clock?.groups;
    // "HH:MM" alone could be a time of day: only after a day count is it hours and minutes.
    if (clock && groups && (groups.seconds !== undefined || sawDays)) {
      const hours = Number(groups.hours);
      const minutes = Number(groups.minutes);
      const seconds = Number(groups.seconds ?? "0");
      if ((sawDays && hours >= UNIT_LIMIT.hour) || minutes >= UNIT_LIMIT.minute || seconds >= UNIT_LIMIT.second) return MALFORMED;
      total += hours * UNIT_MS.hour + minutes * UNIT_MS.minute + seconds * UNIT_MS.second;
      lastRank = UNIT_RANK.second;
      position = clock.index + clock[0].length;
    }
  }
  if (lastRank < 0) return null;
  NOT_AFTER_COUNTDOWN.lastIndex = position;
  return NOT_AFTER_COUNTDOWN.test(text) ? MALFORMED : total;
}

/**
 * The first countdown inside a text ("剩余 2 天 03:12:45", "Respond within 4 days 23 hours", "01:42:16")
 * as a deadline: `now` plus the elapsed time it shows (DOMAIN.md §1: no calendar arithmetic).
 * "less than 1 hour" gives now + 1 h with `imprecise: true`. Date-times are not countdowns, and a countdown with a
 * number or a unit missing ("04天14时分00秒", "天 04:13:00") is no countdown: null.
 */
export function parseCountdown(text: string, now: Date): { iso: string; imprecise: boolean } | null {
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) return null;
  const shown = countdownOf(text);
  return shown === null || shown === MALFORMED ? null : { iso: new Date(nowMs + shown.ms).toISOString(), imprecise: shown.imprecise };
}

/** The time a countdown text shows, apart from when it was read: remembered per text. */
const countdownOf = memoizeByText((text): { ms: number; imprecise: boolean } | typeof MALFORMED | null => {
  const masked = withoutDates(normalizeText(text));
  const lessThan = LESS_THAN.exec(masked);
  START.lastIndex = 0;
  const start = START.exec(masked);
  if (lessThan?.groups && (start === null || lessThan.index <= start.index)) {
    const unit = unitOf(lessThan.groups);
    const valueText = lessThan.groups.value ?? "1";
    const value = /^\d+$/u.test(valueText) ? Number(valueText) : 1;
    if (unit === null) return null;
    return { ms: value * UNIT_MS[unit], imprecise: true };
  }
  if (start === null) return null;
  if (NOT_BEFORE_COUNTDOWN.test(masked.slice(0, start.index))) return MALFORMED;
  const duration = durationFrom(masked, start.index);
  return duration === null || duration === MALFORMED ? duration : { ms: duration, imprecise: false };
}, 5_000);

/**
 * A cell or banner holding a deadline may hold a countdown or a date: the value's form decides,
 * not the label (DOMAIN.md §2). A date-time is tried first.
 */
export function parseDeadlineText(
  text: string,
  now: Date,
  zone: string,
): { iso: string; form: "countdown" | "date"; imprecise: boolean; ambiguous: boolean } | null {
  const date = parseDateTime(text, zone);
  if (date) return { iso: date.iso, form: "date", imprecise: false, ambiguous: date.ambiguous };
  const countdown = parseCountdown(text, now);
  if (countdown) return { iso: countdown.iso, form: "countdown", imprecise: countdown.imprecise, ambiguous: false };
  return null;
}

// A date followed by what is left of a time ("2025-03-24 10:", "2025年03月日 10:00", "Mar 24, 2025 10:00 (GMT+)").
const DATE_WITH_TIME_LEFT = new RegExp(String.raw`(?:\d{4}\s?[-/.年]|(?<![a-z])${MONTH_SOURCE}(?![a-z])).*?(?:\d\s?[:时時点點]|:\s?\d)`, "iu");

/**
 * A countdown or date-time shown with a part missing ("04天14时分00秒", "天 04:13:00", "2025-03-24 10:",
 * "2025年03月日 10:00"): its deadline is unknown (parseDeadlineText gives null), and the reader says why (issue 14).
 * A date without any time is not one of these: it is no deadline at all (DOMAIN.md §2).
 */
export function isIncompleteDeadlineText(text: string): boolean {
  if (countdownOf(text) === MALFORMED) return true;
  return DATE_WITH_TIME_LEFT.test(normalizeText(text)) && readDateTime(text, "UTC") === null;
}

// ───────────────────────── ids ─────────────────────────

/** Order and dispute ids: runs of 16–17 digits, kept as strings (Number loses digits above 2^53). */
export function findIds(text: string): string[] {
  return normalizeText(text).match(/(?<!\d)\d{16,17}(?!\d)/gu) ?? [];
}

export function parseId(text: string): string | null {
  return findIds(text)[0] ?? null;
}
