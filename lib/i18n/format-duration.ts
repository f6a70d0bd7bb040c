// A time left (or overdue) in the two largest units: "4 d 23 h", "5 h 20 min", "overdue 3 h".
import type { UiLanguage } from "../model";
import { t } from "./translate";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * Whole units are floored: a countdown never claims more time than is left.
 * Negative (or zero) `ms` is overdue by that much.
 */
export function formatDuration(ms: number, lang: UiLanguage): string {
  if (ms <= 0) {
    const overdueMs = -ms;
    if (overdueMs < MINUTE_MS) return t(lang, "duration_overdue_now");
    return t(lang, "duration_overdue", { duration: formatAbsolute(overdueMs, lang) });
  }
  return formatAbsolute(ms, lang);
}

/** An elapsed time ("data 5 h old", "30 h ago"): never "overdue"; a negative (clock skew) reads as under a minute. */
export function formatElapsed(ms: number, lang: UiLanguage): string {
  return formatAbsolute(Math.max(0, ms), lang);
}

function formatAbsolute(ms: number, lang: UiLanguage): string {
  const days = Math.floor(ms / DAY_MS);
  const hours = Math.floor((ms % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((ms % HOUR_MS) / MINUTE_MS);
  if (days > 0) return hours > 0 ? t(lang, "duration_days_hours", { days, hours }) : t(lang, "duration_days", { days });
  if (hours > 0)
    return minutes > 0 ? t(lang, "duration_hours_minutes", { hours, minutes }) : t(lang, "duration_hours", { hours });
  if (minutes > 0) return t(lang, "duration_minutes", { minutes });
  return t(lang, "duration_under_minute");
}
