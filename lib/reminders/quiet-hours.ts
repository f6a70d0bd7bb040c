// Quiet hours (issue 6): notifications wait until they end. The window is read in the
// browser's zone passed in, never the machine's, so tests agree under any TZ.
import { TZDate } from "@date-fns/tz";
import type { Settings } from "../model";

export interface QuietWindow {
  start: Date;
  end: Date;
}

/** "22:00" → minutes after midnight; null for anything that is not HH:MM. */
export function parseClockTime(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

function localMoment(day: TZDate, minutesAfterMidnight: number, dayOffset: number, zone: string): Date {
  const moment = new TZDate(
    day.getFullYear(),
    day.getMonth(),
    day.getDate() + dayOffset,
    Math.floor(minutesAfterMidnight / 60),
    minutesAfterMidnight % 60,
    zone,
  );
  return new Date(moment.getTime());
}

/**
 * The quiet window that contains `now`, or null when quiet hours are off, unreadable,
 * of zero length, or not in force at `now`. A window may cross midnight ("22:00" → "08:00").
 */
export function findQuietWindow(quietHours: Settings["quietHours"], now: Date, zone: string): QuietWindow | null {
  if (!quietHours.enabled) return null;
  const start = parseClockTime(quietHours.start);
  const end = parseClockTime(quietHours.end);
  if (start === null || end === null || start === end) return null;
  const crossesMidnight = end < start;
  const today = new TZDate(now.getTime(), zone);
  // The window that started yesterday may still run this morning; check it before today's.
  for (const startDayOffset of [-1, 0]) {
    const windowStart = localMoment(today, start, startDayOffset, zone);
    const windowEnd = localMoment(today, end, startDayOffset + (crossesMidnight ? 1 : 0), zone);
    if (windowStart.getTime() <= now.getTime() && now.getTime() < windowEnd.getTime()) {
      return { start: windowStart, end: windowEnd };
    }
  }
  return null;
}
