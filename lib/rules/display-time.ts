// How an instant reads for the seller: in the browser's zone, with the platform's time beside it
// when the two zones' offsets differ at that instant (DOMAIN §2). Both zones are parameters:
// the machine's zone is never used implicitly.
import { TZDate, tzOffset } from "@date-fns/tz";
import { format, type Locale } from "date-fns";
import { enUS, zhCN } from "date-fns/locale";
import type { UiLanguage } from "../model";
import { isValidTimeZone } from "../time/zoned";

// One cached zone check for the whole extension (a fresh Intl.DateTimeFormat per call cost 0.5 ms per overlay).
export { isValidTimeZone };

export interface DescribedInstant {
  /** The instant in the browser's zone, e.g. "24 Nov 09:00" / "11月24日 09:00". */
  local: string;
  /** The instant in the platform's zone with its label, e.g. "PT 23 Nov 17:00"; null when the offsets agree. */
  platform: string | null;
}

const PATTERNS: Record<UiLanguage, string> = { en: "d MMM HH:mm", zh: "M月d日 HH:mm" };
/** Month names and digits as the language writes them (date-fns locales). */
const LOCALES: Record<UiLanguage, Locale> = { en: enUS, zh: zhCN };

/** Names sellers know; other zones are labelled by their offset at the instant (e.g. "UTC+5:30"). */
const ZONE_LABELS: Record<string, Record<UiLanguage, string>> = {
  "America/Los_Angeles": { en: "PT", zh: "太平洋时间" },
  "Asia/Shanghai": { en: "Beijing", zh: "北京时间" },
};

/**
 * Formats an ISO-8601 instant for display. An unreadable instant comes back as its own text
 * (shown, never reinterpreted); an unknown zone name throws a RangeError (check settings with
 * isValidTimeZone).
 */
export function describeInstant(
  iso: string,
  browserZone: string,
  platformZone: string,
  lang: UiLanguage,
): DescribedInstant {
  assertTimeZone(browserZone);
  assertTimeZone(platformZone);
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return { local: iso, platform: null };
  const instant = new Date(ms);
  const local = format(new TZDate(ms, browserZone), PATTERNS[lang], { locale: LOCALES[lang] });
  if (tzOffset(browserZone, instant) === tzOffset(platformZone, instant)) return { local, platform: null };
  const platformText = format(new TZDate(ms, platformZone), PATTERNS[lang], { locale: LOCALES[lang] });
  return { local, platform: `${zoneLabel(platformZone, instant, lang)} ${platformText}` };
}

function assertTimeZone(zone: string): void {
  if (!isValidTimeZone(zone)) throw new RangeError(`Unknown time zone: ${zone}`);
}

function zoneLabel(zone: string, instant: Date, lang: UiLanguage): string {
  const known = ZONE_LABELS[zone];
  if (known !== undefined) return known[lang];
  const offset = tzOffset(zone, instant);
  const sign = offset < 0 ? "-" : "+";
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  return `UTC${sign}${hours}${minutes === 0 ? "" : `:${String(minutes).padStart(2, "0")}`}`;
}
