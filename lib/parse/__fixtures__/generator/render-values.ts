// Renders money, times and countdowns in every form of DOMAIN.md §2, and says what each text means.
import { TZDate } from "@date-fns/tz";
import type { Money } from "../../../model";
import type { Language } from "./vocabulary";
import type { SeededRandom } from "./seeded-random";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function withThousands(amount: number): string {
  const [whole = "0", cents = "00"] = amount.toFixed(2).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}

const MONEY_FORMATS: Record<string, ReadonlyArray<(value: string) => string>> = {
  USD: [(v) => `US $${v}`, (v) => `$${v}`, (v) => `USD ${v}`, (v) => `${v} USD`],
  CNY: [(v) => `CN￥ ${v}`, (v) => `￥${v}`, (v) => `¥${v}`, (v) => `${v} CNY`],
  EUR: [(v) => `€ ${v}`, (v) => `€${v}`, (v) => `EUR ${v}`],
};

export function randomMoney(random: SeededRandom): Money {
  const cents = random.chance(0.15) ? random.int(100_000, 500_000) : random.int(100, 99_999);
  return { amount: cents / 100, currency: random.pick(["USD", "CNY", "EUR"]) };
}

export function renderMoney(money: Money, random: SeededRandom): string {
  const formats = MONEY_FORMATS[money.currency];
  if (formats === undefined) throw new Error(`no format for ${money.currency}`);
  return random.pick(formats)(withThousands(money.amount));
}

interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number): string => String(n).padStart(2, "0");

/** The date forms of DOMAIN §2; `seconds` false means the form prints none (the time must have 0 seconds). */
const DATE_FORMS: ReadonlyArray<{ seconds: boolean; render: (t: WallTime) => string }> = [
  { seconds: true, render: (t) => `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}` },
  { seconds: false, render: (t) => `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}` },
  { seconds: true, render: (t) => `${t.year}/${pad(t.month)}/${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}` },
  { seconds: false, render: (t) => `${t.year}/${pad(t.month)}/${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}` },
  { seconds: false, render: (t) => `${MONTHS[t.month - 1]} ${t.day}, ${t.year} ${pad(t.hour)}:${pad(t.minute)}` },
  { seconds: true, render: (t) => `${MONTHS[t.month - 1]} ${t.day}, ${t.year} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}` },
  { seconds: true, render: (t) => `${pad(t.day)} ${MONTHS[t.month - 1]} ${t.year} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}` },
  { seconds: false, render: (t) => `${pad(t.day)} ${MONTHS[t.month - 1]} ${t.year} ${pad(t.hour)}:${pad(t.minute)}` },
  { seconds: false, render: (t) => `${t.year}年${pad(t.month)}月${pad(t.day)}日 ${pad(t.hour)}:${pad(t.minute)}` },
  { seconds: true, render: (t) => `${t.year}年${t.month}月${t.day}日 ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}` },
];

/** Zone markers of DOMAIN §2: an IANA zone or a fixed offset in hours. */
const ZONE_MARKERS: ReadonlyArray<{ text: string; zone: string } | { text: string; offsetHours: number }> = [
  { text: "GMT+8", offsetHours: 8 },
  { text: "UTC+8", offsetHours: 8 },
  { text: "GMT-7", offsetHours: -7 },
  { text: "UTC-7", offsetHours: -7 },
  { text: "北京时间", zone: "Asia/Shanghai" },
  { text: "太平洋时间", zone: "America/Los_Angeles" },
  { text: "PST/PDT", zone: "America/Los_Angeles" }, // printed as whichever is in force at that instant
];

function wallTimeIn(instant: number, zone: string): WallTime {
  const date = new TZDate(instant, zone);
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
    second: date.getSeconds(),
  };
}

function sameWallTime(a: WallTime, b: WallTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second;
}

/**
 * What a wall time means in a zone: of the instants showing it, the earliest, so a time in the repeated
 * autumn hour means its first pass (DOMAIN §2). Computed here rather than trusting a library's choice.
 */
function instantOf(time: WallTime, zone: string): number {
  const naive = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  const offsets = new Set([-DAY, 0, DAY].map((shift) => -new TZDate(naive + shift, zone).getTimezoneOffset()));
  const candidates = [...offsets].map((offsetMinutes) => naive - offsetMinutes * MINUTE).filter((instant) => sameWallTime(wallTimeIn(instant, zone), time));
  if (candidates.length === 0) throw new Error(`no instant shows ${JSON.stringify(time)} in ${zone}`);
  return Math.min(...candidates);
}

export interface RenderedTime {
  text: string;
  /** The instant the text means (epoch ms), which the reader must return. */
  instant: number;
}

/**
 * Prints `instant` in a random §2 form, either in `pageZone` without a marker or with an explicit zone.
 * The expected instant is what the printed text means: seconds the form cannot show are dropped and a
 * repeated-hour time means its earlier instant.
 */
export function renderTime(instant: number, pageZone: string, random: SeededRandom): RenderedTime {
  const form = random.pick(DATE_FORMS);
  const marker = random.chance(0.3) ? random.pick(ZONE_MARKERS) : null;
  const bracketed = random.chance(0.5);
  let wall: WallTime;
  let markerText = "";
  let meaning: (t: WallTime) => number;
  if (marker === null) {
    wall = wallTimeIn(instant, pageZone);
    meaning = (t) => instantOf(t, pageZone);
  } else if ("zone" in marker) {
    wall = wallTimeIn(instant, marker.zone);
    meaning = (t) => instantOf(t, marker.zone);
    markerText = marker.text;
    if (marker.text === "PST/PDT") {
      const offsetMinutes = -new TZDate(instant, marker.zone).getTimezoneOffset();
      // A fixed-offset marker: the text means that offset even inside the repeated hour.
      markerText = offsetMinutes === -420 ? "PDT" : "PST";
      meaning = (t) => Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - offsetMinutes * MINUTE;
    }
  } else {
    const offsetMs = marker.offsetHours * HOUR;
    const shifted = new Date(instant + offsetMs);
    wall = {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: shifted.getUTCHours(),
      minute: shifted.getUTCMinutes(),
      second: shifted.getUTCSeconds(),
    };
    meaning = (t) => Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - offsetMs;
    markerText = marker.text;
  }
  if (!form.seconds) wall = { ...wall, second: 0 };
  const zoneSuffix = markerText === "" ? "" : bracketed ? ` (${markerText})` : ` ${markerText}`;
  return { text: form.render(wall) + zoneSuffix, instant: meaning(wall) };
}

/** A piece of countdown text; numbers may be drawn in their own element (DOMAIN §2). */
export interface CountdownPart {
  text: string;
  isNumber: boolean;
}

export interface RenderedCountdown {
  parts: CountdownPart[];
  text: string;
  durationMs: number;
  /** "less than 1 hour": the deadline is an upper bound. */
  imprecise: boolean;
}

interface Units {
  d: number;
  h: number;
  m: number;
  s: number;
}

type PartSpec = string | { unit: keyof Units; pad?: boolean };

/** Countdown forms of DOMAIN §2 and the units each shows; units a form omits count as zero. */
const COUNTDOWN_FORMS: Record<Language, ReadonlyArray<{ days: boolean; parts: readonly PartSpec[] }>> = {
  zh: [
    { days: true, parts: [{ unit: "d" }, "天", { unit: "h" }, "小时", { unit: "m" }, "分"] },
    { days: true, parts: [{ unit: "d" }, "天", { unit: "h" }, "时", { unit: "m" }, "分"] },
    { days: true, parts: [{ unit: "d" }, " 天 ", { unit: "h" }, " 小时"] },
    { days: true, parts: [{ unit: "d" }, " 天 ", { unit: "h" }, " 小时 ", { unit: "m" }, " 分"] },
    { days: false, parts: [{ unit: "h" }, "小时", { unit: "m" }, "分"] },
    { days: false, parts: [{ unit: "h", pad: true }, ":", { unit: "m", pad: true }, ":", { unit: "s", pad: true }] },
    { days: true, parts: [{ unit: "d", pad: true }, "天 ", { unit: "h", pad: true }, ":", { unit: "m", pad: true }, ":", { unit: "s", pad: true }] },
    { days: true, parts: [{ unit: "d" }, "天", { unit: "h" }, "时", { unit: "m" }, "分", { unit: "s", pad: true }, "秒"] },
    { days: true, parts: ["剩余 ", { unit: "d" }, " 天 ", { unit: "h", pad: true }, ":", { unit: "m", pad: true }, ":", { unit: "s", pad: true }] },
    { days: true, parts: ["请在 ", { unit: "d" }, "天", { unit: "h" }, "小时 内处理"] },
  ],
  en: [
    { days: true, parts: [{ unit: "d" }, " days ", { unit: "h" }, " hours ", { unit: "m" }, " minutes"] },
    { days: true, parts: [{ unit: "d" }, "d ", { unit: "h" }, "h ", { unit: "m" }, "m"] },
    { days: true, parts: [{ unit: "d" }, "d ", { unit: "h" }, "h ", { unit: "m" }, "m ", { unit: "s", pad: true }, "s"] },
    { days: true, parts: [{ unit: "d" }, " days ", { unit: "h", pad: true }, ":", { unit: "m", pad: true }, ":", { unit: "s", pad: true }] },
    { days: false, parts: [{ unit: "h", pad: true }, ":", { unit: "m", pad: true }, ":", { unit: "s", pad: true }] },
    { days: true, parts: ["Respond within ", { unit: "d" }, " days ", { unit: "h" }, " hours"] },
  ],
};

/** `plain` keeps to forms without words around the numbers, for use inside a banner sentence. */
export function renderCountdown(random: SeededRandom, language: Language, plain = false): RenderedCountdown {
  if (!plain && language === "en" && random.chance(0.05)) {
    const parts = [{ text: "less than 1 hour", isNumber: false }];
    return { parts, text: "less than 1 hour", durationMs: HOUR, imprecise: true };
  }
  const forms = COUNTDOWN_FORMS[language].filter((form) => !plain || typeof form.parts[0] !== "string");
  const form = random.pick(forms);
  const units: Units = { d: form.days ? random.int(0, 9) : 0, h: random.int(0, 23), m: random.int(0, 59), s: random.int(0, 59) };
  const shown: Units = { d: 0, h: 0, m: 0, s: 0 };
  const parts: CountdownPart[] = form.parts.map((spec) => {
    if (typeof spec === "string") return { text: spec, isNumber: false };
    shown[spec.unit] = units[spec.unit];
    const value = units[spec.unit];
    return { text: spec.pad === true ? pad(value) : String(value), isNumber: true };
  });
  const durationMs = shown.d * DAY + shown.h * HOUR + shown.m * MINUTE + shown.s * 1000;
  return { parts, text: parts.map((part) => part.text).join(""), durationMs, imprecise: false };
}

/** A banner sentence around a countdown or a date (DOMAIN §3), in the page's language. */
export function bannerSentence(language: Language, kind: "countdown" | "date", value: string): string {
  if (language === "zh") {
    return kind === "countdown" ? `请在 ${value} 内处理，超时后系统将按买家方案执行` : `请在 ${value} 前处理，超时后系统将按买家方案执行`;
  }
  return kind === "countdown"
    ? `Please respond within ${value}. If you do not respond, the refund will be processed automatically.`
    : `Please respond by ${value}. If you do not respond, the refund will be processed automatically.`;
}
