// Wall-clock times of a named zone ↔ UTC instants (DOMAIN.md §2: the seller center prints Pacific
// times without a zone marker). Never depends on the machine's own zone.
import { TZDate, tzOffset } from "@date-fns/tz";
import { format } from "date-fns";

export interface WallTimeParts {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface ZonedInstant {
  /** ISO-8601 UTC with milliseconds, e.g. "2025-03-24T17:00:00.000Z". */
  iso: string;
  /** The wall time occurred twice (the repeated hour when DST ends); `iso` is the earlier one. */
  ambiguous: boolean;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** "+08:00", "-0700", "+05": a fixed offset in minutes east of UTC, or null for anything else. */
export function parseOffsetZone(zone: string): number | null {
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? "0");
  if (hours > 14 || minutes > 59) return null;
  return (match[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

// Building an Intl.DateTimeFormat costs about a millisecond: remember each zone's answer.
const zoneValidity = new Map<string, boolean>();

export function isValidTimeZone(zone: string): boolean {
  if (zone.trim() === "") return false;
  if (parseOffsetZone(zone) !== null) return true;
  const known = zoneValidity.get(zone);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    valid = true;
  } catch {
    valid = false;
  }
  if (zoneValidity.size < 1000) zoneValidity.set(zone, valid);
  return valid;
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC: no local zone involved).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real calendar date and a time of day 00:00:00–23:59:59 (no 24:00, no 25:00, no Feb 30). */
export function isValidWallTime(parts: WallTimeParts): boolean {
  const { year, month, day, hour, minute, second } = parts;
  const integers = [year, month, day, hour, minute, second].every((n) => Number.isInteger(n));
  if (!integers) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12) return false;
  if (day < 1 || day > daysInMonth(year, month)) return false;
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}

function offsetMinutesAt(zone: string, epochMs: number): number {
  // Fixed offsets by hand: Node 20's Intl does not take "+05:30" as a zone.
  return parseOffsetZone(zone) ?? tzOffset(zone, new Date(epochMs));
}

/**
 * The UTC instant of a wall-clock time in `zone` (IANA name or "+08:00"-style offset).
 *
 * DOMAIN.md §2: a wall time that occurs twice (the repeated hour when DST ends) resolves to the
 * EARLIER instant and says `ambiguous: true`. A wall time in the skipped spring hour does not
 * occur on a real page; it is mapped forward by the length of the gap, read with the offset in
 * force before the switch (America/Los_Angeles 2025-03-09 02:30 → 10:30Z = 03:30 PDT), the same
 * choice as JavaScript's Date and Temporal's "compatible" disambiguation.
 *
 * Throws RangeError for an unknown zone or an impossible wall time (check with isValidWallTime).
 */
export function zonedWallTimeToUtc(parts: WallTimeParts, zone: string): ZonedInstant {
  if (!isValidWallTime(parts)) throw new RangeError(`not a wall time: ${JSON.stringify(parts)}`);
  if (!isValidTimeZone(zone)) throw new RangeError(`unknown time zone: ${zone}`);
  // The wall time read as if it were UTC; the true instant is this minus the zone's offset then.
  const wallAsUtcMs = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  // No zone moves its offset twice within two days: the offsets a day either side are the only
  // candidates.
  const offsetBefore = offsetMinutesAt(zone, wallAsUtcMs - DAY_MS);
  const offsetAfter = offsetMinutesAt(zone, wallAsUtcMs + DAY_MS);
  if (Number.isNaN(offsetBefore) || Number.isNaN(offsetAfter)) throw new RangeError(`unknown time zone: ${zone}`);
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => wallAsUtcMs - offset * MINUTE_MS)
    .filter((instantMs) => wallAsUtcMs - offsetMinutesAt(zone, instantMs) * MINUTE_MS === instantMs)
    .sort((a, b) => a - b);
  const earliest = candidates[0];
  if (earliest === undefined) {
    // Skipped hour: read with the offset before the switch, which lands after the gap.
    return { iso: new Date(wallAsUtcMs - offsetBefore * MINUTE_MS).toISOString(), ambiguous: false };
  }
  return { iso: new Date(earliest).toISOString(), ambiguous: candidates.length > 1 };
}

/** An instant shown as wall time in `zone` with a date-fns `format` pattern, for the UI. Throws RangeError for an invalid instant. */
export function formatInZone(iso: string, zone: string, pattern: string): string {
  const instant = new TZDate(iso, zone);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not an instant: ${iso}`);
  return format(instant, pattern);
}
