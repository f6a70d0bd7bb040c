// How the seller center prints times and countdowns, so the demo reads like the real pages:
// wall times in US Pacific time without a zone marker (DOMAIN.md §2), countdowns in the forms met.
import { format } from "date-fns";
import { tz } from "@date-fns/tz";

export const PLATFORM_ZONE = "America/Los_Angeles";

/** "2026-11-20 10:30:00" (or another date-fns pattern) in seller-center time. */
export function formatPlatformTime(instant: Date, pattern = "yyyy-MM-dd HH:mm:ss"): string {
  return format(instant, pattern, { in: tz(PLATFORM_ZONE) });
}

export interface CountdownParts {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Whole units left until `deadline` at `now`; zero once it has passed (the page shows 0, not a negative). */
export function countdownParts(deadline: Date, now: Date): CountdownParts {
  const totalSeconds = Math.max(0, Math.floor((deadline.getTime() - now.getTime()) / 1000));
  return {
    days: Math.floor(totalSeconds / 86_400),
    hours: Math.floor((totalSeconds % 86_400) / 3_600),
    minutes: Math.floor((totalSeconds % 3_600) / 60),
    seconds: totalSeconds % 60,
  };
}

const twoDigits = (value: number) => String(value).padStart(2, "0");

/** Countdown forms from DOMAIN.md §2, each as a seller-center page variant shows it. */
export type CountdownStyle =
  | "zh-units" //  "0 天 1 小时 52 分"
  | "zh-remaining-clock" // "剩余 1 天 09:16:46"
  | "zh-compact" // "3天2小时43分"
  | "en-units" // "1 days 2 hours 11 minutes"
  | "en-clock"; // "3 days 18:41:22"

export function formatCountdown(deadline: Date, now: Date, style: CountdownStyle): string {
  const { days, hours, minutes, seconds } = countdownParts(deadline, now);
  const clock = `${twoDigits(hours)}:${twoDigits(minutes)}:${twoDigits(seconds)}`;
  switch (style) {
    case "zh-units":
      return `${days} 天 ${hours} 小时 ${minutes} 分`;
    case "zh-remaining-clock":
      return `剩余 ${days} 天 ${clock}`;
    case "zh-compact":
      return `${days}天${hours}小时${minutes}分`;
    case "en-units":
      return `${days} days ${hours} hours ${minutes} minutes`;
    case "en-clock":
      return `${days} days ${clock}`;
  }
}
