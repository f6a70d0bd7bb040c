import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveWallTime, type WallTime } from "./wall-time";

const PT = "America/Los_Angeles";
const HOUR = 3_600_000;
const PACIFIC_SWITCHES = [
  Date.parse("2025-03-09T10:00:00Z"),
  Date.parse("2025-11-02T09:00:00Z"),
  Date.parse("2026-03-08T10:00:00Z"),
  Date.parse("2026-11-01T09:00:00Z"),
];
const wall = (year: number, month: number, day: number, hour: number, minute: number, second?: number): WallTime => ({
  year,
  month,
  day,
  hour,
  minute,
  ...(second === undefined ? {} : { second }),
});

describe("resolveWallTime", () => {
  it.each<[string, WallTime, string]>([
    ["PST in winter", wall(2026, 1, 15, 10, 0), "2026-01-15T18:00:00.000Z"],
    ["PDT in summer", wall(2026, 7, 1, 10, 0, 30), "2026-07-01T17:00:30.000Z"],
    ["the minute before the 2025 spring switch", wall(2025, 3, 9, 1, 59), "2025-03-09T09:59:00.000Z"],
    ["the first minute after the 2025 spring switch", wall(2025, 3, 9, 3, 0), "2025-03-09T10:00:00.000Z"],
    ["the minute before the 2026 spring switch", wall(2026, 3, 8, 1, 59), "2026-03-08T09:59:00.000Z"],
    ["the first minute after the 2026 spring switch", wall(2026, 3, 8, 3, 0), "2026-03-08T10:00:00.000Z"],
    ["after the repeated hour of 2025 (PST)", wall(2025, 11, 2, 2, 0), "2025-11-02T10:00:00.000Z"],
    ["after the repeated hour of 2026 (PST)", wall(2026, 11, 1, 2, 0), "2026-11-01T10:00:00.000Z"],
    ["New Year's Eve", wall(2026, 12, 31, 23, 30), "2027-01-01T07:30:00.000Z"],
    ["29 February 2028", wall(2028, 2, 29, 12, 0), "2028-02-29T20:00:00.000Z"],
  ])("reads %s in Pacific time", (_label, time, expected) => {
    expect(resolveWallTime(time, PT)).toEqual({ at: expected, warning: null });
  });

  it.each<[WallTime, string]>([
    [wall(2025, 11, 2, 1, 30), "2025-11-02T08:30:00.000Z"],
    [wall(2026, 11, 1, 1, 0), "2026-11-01T08:00:00.000Z"],
    [wall(2026, 11, 1, 1, 59, 59), "2026-11-01T08:59:59.000Z"],
  ])("an ambiguous time when DST ends (%o) takes the earlier instant, with a warning", (time, expected) => {
    const resolved = resolveWallTime(time, PT);
    expect(resolved.at).toBe(expected);
    expect(resolved.warning).toMatch(/occurs twice/);
  });

  it.each<WallTime>([wall(2025, 3, 9, 2, 30), wall(2026, 3, 8, 2, 0), wall(2026, 3, 8, 2, 59, 59)])(
    "a time in the skipped spring hour (%o) is unknown, never shifted",
    (time) => {
      const resolved = resolveWallTime(time, PT);
      expect(resolved.at).toBeNull();
      expect(resolved.warning).toMatch(/does not exist/);
    },
  );

  it("has no DST in Beijing time", () => {
    expect(resolveWallTime(wall(2026, 11, 1, 1, 30), "Asia/Shanghai")).toEqual({
      at: "2026-10-31T17:30:00.000Z",
      warning: null,
    });
  });

  it.each<WallTime>([wall(2026, 2, 29, 12, 0), wall(2027, 2, 29, 0, 0), wall(2026, 4, 31, 0, 0), wall(2026, 13, 1, 0, 0), wall(2026, 1, 1, 24, 0)])(
    "refuses an impossible date %o",
    (time) => {
      const resolved = resolveWallTime(time, PT);
      expect(resolved.at).toBeNull();
      expect(resolved.warning).toMatch(/not a valid date/);
    },
  );

  it("refuses an unknown zone", () => {
    expect(resolveWallTime(wall(2026, 1, 1, 0, 0), "Nowhere/Else")).toEqual({
      at: null,
      warning: "unknown time zone: Nowhere/Else",
    });
  });

  it("gives back the instant a zone's wall clock showed, or the earlier twin of it (property)", () => {
    const zones = [PT, PT, PT, "Asia/Shanghai", "Europe/Berlin", "America/Sao_Paulo", "Australia/Lord_Howe"];
    fc.assert(
      fc.property(
        fc
          .oneof(
            fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2029, 0, 1) }),
            // Within 3 hours of the Pacific switches of 2025 and 2026, where the gaps and overlaps are.
            fc
              .tuple(fc.constantFrom(...PACIFIC_SWITCHES), fc.integer({ min: -3 * HOUR, max: 3 * HOUR }))
              .map(([switchAt, delta]) => switchAt + delta),
          )
          .map((ms) => ms - (ms % 1000)),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const parts = new Intl.DateTimeFormat("en-US", {
            timeZone: zone,
            year: "numeric",
            month: "numeric",
            day: "numeric",
            hour: "numeric",
            minute: "numeric",
            second: "numeric",
            hourCycle: "h23",
          }).formatToParts(new Date(ms));
          const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
          const shown = wall(part("year"), part("month"), part("day"), part("hour"), part("minute"), part("second"));
          const resolved = resolveWallTime(shown, zone);
          expect(resolved.at).not.toBeNull();
          const back = Date.parse(resolved.at ?? "");
          if (resolved.warning === null) expect(back).toBe(ms);
          else {
            // The repeated hour: the instant itself when it is the earlier twin, else the twin before it.
            expect(back).toBeLessThanOrEqual(ms);
            expect(ms - back).toBeLessThanOrEqual(HOUR);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
