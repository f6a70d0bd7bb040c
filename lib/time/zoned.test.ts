import { daysInMonth, formatInZone, isValidTimeZone, isValidWallTime, zonedWallTimeToUtc } from "./zoned";

const LA = "America/Los_Angeles";
const NY = "America/New_York";

function wall(text: string) {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!m) throw new Error(`bad test input ${text}`);
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return { year, month, day, hour, minute, second };
}

describe("zonedWallTimeToUtc", () => {
  it.each([
    // [wall time, zone, expected ISO, ambiguous]
    ["2025-01-15 10:00:00", LA, "2025-01-15T18:00:00.000Z", false], // PST −8
    ["2025-07-15 10:00:00", LA, "2025-07-15T17:00:00.000Z", false], // PDT −7
    ["2025-03-24 10:00:00", LA, "2025-03-24T17:00:00.000Z", false],
    // 2025-03-09: 02:00 PST jumps to 03:00 PDT
    ["2025-03-09 01:59:59", LA, "2025-03-09T09:59:59.000Z", false],
    ["2025-03-09 03:00:00", LA, "2025-03-09T10:00:00.000Z", false],
    ["2025-03-09 02:30:00", LA, "2025-03-09T10:30:00.000Z", false], // skipped: mapped forward (= 03:30 PDT)
    // 2025-11-02: 02:00 PDT falls back to 01:00 PST; 01:00–01:59 happens twice
    ["2025-11-02 00:59:59", LA, "2025-11-02T07:59:59.000Z", false],
    ["2025-11-02 01:00:00", LA, "2025-11-02T08:00:00.000Z", true],
    ["2025-11-02 01:30:00", LA, "2025-11-02T08:30:00.000Z", true],
    ["2025-11-02 01:59:59", LA, "2025-11-02T08:59:59.000Z", true],
    ["2025-11-02 02:00:00", LA, "2025-11-02T10:00:00.000Z", false],
    // 2026 switch days
    ["2026-03-08 01:30:00", LA, "2026-03-08T09:30:00.000Z", false],
    ["2026-03-08 02:15:00", LA, "2026-03-08T10:15:00.000Z", false],
    ["2026-03-08 03:30:00", LA, "2026-03-08T10:30:00.000Z", false],
    ["2026-11-01 01:30:00", LA, "2026-11-01T08:30:00.000Z", true],
    ["2026-11-01 03:00:00", LA, "2026-11-01T11:00:00.000Z", false],
    ["2026-11-01 01:30:00", NY, "2026-11-01T05:30:00.000Z", true],
    ["2025-03-09 02:30:00", NY, "2025-03-09T07:30:00.000Z", false],
    // no DST
    ["2025-03-24 10:00:00", "Asia/Shanghai", "2025-03-24T02:00:00.000Z", false],
    ["2025-11-02 01:30:00", "Asia/Shanghai", "2025-11-01T17:30:00.000Z", false],
    ["2025-01-01 00:00:00", "Asia/Shanghai", "2024-12-31T16:00:00.000Z", false],
    ["2025-03-24 10:00:00", "UTC", "2025-03-24T10:00:00.000Z", false],
    ["2028-02-29 23:59:59", "UTC", "2028-02-29T23:59:59.000Z", false],
    // Europe/Berlin switches 2025-03-30 02:00 → 03:00 and 2025-10-26 03:00 → 02:00
    ["2025-03-30 02:30:00", "Europe/Berlin", "2025-03-30T01:30:00.000Z", false],
    ["2025-10-26 02:30:00", "Europe/Berlin", "2025-10-26T00:30:00.000Z", true],
    ["2025-07-01 12:00:00", "Europe/Berlin", "2025-07-01T10:00:00.000Z", false],
    ["2025-12-31 23:30:00", "Europe/Berlin", "2025-12-31T22:30:00.000Z", false],
    // fixed offsets
    ["2025-03-24 10:00:00", "+05:30", "2025-03-24T04:30:00.000Z", false],
    ["2025-03-24 10:00:00", "-07:00", "2025-03-24T17:00:00.000Z", false],
  ])("%s in %s → %s (ambiguous %s)", (text, zone, iso, ambiguous) => {
    expect(zonedWallTimeToUtc(wall(text), zone)).toEqual({ iso, ambiguous });
  });

  it("the later reading of a repeated hour is exactly one hour after the returned one", () => {
    const earlier = Date.parse(zonedWallTimeToUtc(wall("2025-11-02 01:30:00"), LA).iso);
    const later = Date.parse("2025-11-02T09:30:00.000Z");
    expect(later - earlier).toBe(3_600_000);
    expect(formatInZone(new Date(later).toISOString(), LA, "yyyy-MM-dd HH:mm:ss")).toBe("2025-11-02 01:30:00");
  });

  it("refuses impossible wall times and unknown zones", () => {
    expect(() => zonedWallTimeToUtc(wall("2025-02-30 10:00:00"), LA)).toThrow(RangeError);
    expect(() => zonedWallTimeToUtc({ ...wall("2025-03-24 10:00:00"), hour: 24 }, LA)).toThrow(RangeError);
    expect(() => zonedWallTimeToUtc(wall("2025-03-24 10:00:00"), "Mars/Olympus_Mons")).toThrow(RangeError);
    expect(() => zonedWallTimeToUtc(wall("2025-03-24 10:00:00"), "")).toThrow(RangeError);
  });
});

describe("calendar checks", () => {
  it("knows month lengths and leap years", () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 12)).toBe(31);
    expect(daysInMonth(2025, 4)).toBe(30);
  });
  it("validates wall times", () => {
    expect(isValidWallTime(wall("2028-02-29 00:00:00"))).toBe(true);
    expect(isValidWallTime(wall("2027-02-29 00:00:00"))).toBe(false);
    expect(isValidWallTime(wall("2025-13-01 00:00:00"))).toBe(false);
    expect(isValidWallTime(wall("2025-12-31 23:59:60"))).toBe(false);
    expect(isValidWallTime({ ...wall("2025-12-31 23:59:59"), minute: 1.5 })).toBe(false);
  });
  it("validates zones", () => {
    expect(isValidTimeZone("America/Los_Angeles")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("+05:30")).toBe(true);
    expect(isValidTimeZone("Nowhere/Special")).toBe(false);
    expect(isValidTimeZone("+25:00")).toBe(false);
  });
});

describe("formatInZone", () => {
  it.each([
    ["2025-03-24T17:00:00.000Z", LA, "yyyy-MM-dd HH:mm:ss", "2025-03-24 10:00:00"],
    ["2025-01-15T18:00:00.000Z", LA, "yyyy-MM-dd HH:mm xxx", "2025-01-15 10:00 -08:00"],
    ["2025-03-24T17:00:00.000Z", "Asia/Shanghai", "yyyy-MM-dd HH:mm", "2025-03-25 01:00"],
    ["2025-11-02T09:30:00.000Z", LA, "HH:mm xxx", "01:30 -08:00"],
    ["2025-11-02T08:30:00.000Z", LA, "HH:mm xxx", "01:30 -07:00"],
    ["2025-12-31T23:30:00.000Z", "Europe/Berlin", "yyyy-MM-dd HH:mm", "2026-01-01 00:30"],
  ])("%s in %s as %s → %s", (iso, zone, pattern, expected) => {
    expect(formatInZone(iso, zone, pattern)).toBe(expected);
  });
  it("refuses an invalid instant", () => {
    expect(() => formatInZone("not a date", LA, "yyyy")).toThrow(RangeError);
  });
});
