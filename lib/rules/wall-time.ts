// A wall-clock time printed without a zone, read in the zone it belongs to (the platform's,
// DOMAIN §2). DST must never shift a deadline: an ambiguous time (the hour repeated when daylight
// saving ends) resolves to the earlier instant with a warning; a time in the skipped spring hour
// does not exist, so it is unknown (null) with a warning rather than a guess.
import { tzOffset } from "@date-fns/tz";

export interface WallTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

export interface ResolvedWallTime {
  /** ISO-8601 UTC, or null when the wall time does not exist in that zone. */
  at: string | null;
  warning: string | null;
}

const MINUTE_MS = 60_000;
const HALF_DAY_MS = 12 * 3_600_000;

export function resolveWallTime(wall: WallTime, zone: string): ResolvedWallTime {
  const second = wall.second ?? 0;
  const asIfUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, second);
  const check = new Date(asIfUtc);
  if (
    !Number.isFinite(asIfUtc) ||
    check.getUTCFullYear() !== wall.year ||
    check.getUTCMonth() !== wall.month - 1 ||
    check.getUTCDate() !== wall.day ||
    check.getUTCHours() !== wall.hour ||
    check.getUTCMinutes() !== wall.minute ||
    check.getUTCSeconds() !== second
  ) {
    return { at: null, warning: `not a valid date and time: ${describeWall(wall)}` };
  }
  // Every offset the zone uses within half a day either side; each gives one candidate instant,
  // kept only when the zone really has that offset at that instant.
  const offsets = new Set([tzOffset(zone, new Date(asIfUtc - HALF_DAY_MS)), tzOffset(zone, new Date(asIfUtc + HALF_DAY_MS))]);
  const knownOffsets = [...offsets].filter((offset) => Number.isFinite(offset));
  if (knownOffsets.length === 0) return { at: null, warning: `unknown time zone: ${zone}` };
  const instants = knownOffsets
    .map((offset) => asIfUtc - offset * MINUTE_MS)
    .filter((instant) => offsetsAgree(zone, instant, asIfUtc))
    .sort((a, b) => a - b);
  const earliest = instants[0];
  if (earliest === undefined) {
    return { at: null, warning: `${describeWall(wall)} does not exist in ${zone} (skipped by daylight saving)` };
  }
  const warning =
    instants.length > 1
      ? `${describeWall(wall)} occurs twice in ${zone} (daylight saving ends): took the earlier instant`
      : null;
  return { at: new Date(earliest).toISOString(), warning };
}

function offsetsAgree(zone: string, instant: number, asIfUtc: number): boolean {
  return asIfUtc - tzOffset(zone, new Date(instant)) * MINUTE_MS === instant;
}

function describeWall(wall: WallTime): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second ?? 0)}`;
}
