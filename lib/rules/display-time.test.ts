import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeInstant, isValidTimeZone } from "./display-time";
import { instantLine } from "../i18n/instant-text";

const PT = "America/Los_Angeles";

describe("describeInstant", () => {
  it("shows the browser's zone with Pacific time beside it (winter: PT = UTC-8)", () => {
    expect(describeInstant("2026-11-24T01:00:00.000Z", "Asia/Shanghai", PT, "en")).toEqual({
      local: "24 Nov 09:00",
      platform: "PT 23 Nov 17:00",
    });
  });

  it("follows Pacific daylight time in summer (PT = UTC-7)", () => {
    expect(describeInstant("2026-07-01T01:00:00.000Z", "Asia/Shanghai", PT, "en")).toEqual({
      local: "1 Jul 09:00",
      platform: "PT 30 Jun 18:00",
    });
  });

  it("writes Chinese dates and zone names", () => {
    expect(describeInstant("2026-11-24T01:00:00.000Z", "Asia/Shanghai", PT, "zh")).toEqual({
      local: "11月24日 09:00",
      platform: "太平洋时间 11月23日 17:00",
    });
    expect(instantLine("2026-11-24T01:00:00.000Z", PT, "Asia/Shanghai", "zh")).toBe(
      "11月23日 17:00 (北京时间 11月24日 09:00)",
    );
  });

  it("leaves the platform time out when both zones have the same offset at that instant", () => {
    expect(describeInstant("2026-11-24T01:00:00.000Z", PT, PT, "en")).toEqual({ local: "23 Nov 17:00", platform: null });
    // Vancouver shares Pacific time; UTC and Etc/UTC are one zone.
    expect(describeInstant("2026-07-01T12:00:00.000Z", "America/Vancouver", PT, "en").platform).toBeNull();
    expect(describeInstant("2026-07-01T12:00:00.000Z", "Etc/UTC", "UTC", "en").platform).toBeNull();
  });

  it("compares offsets at the instant itself: Phoenix equals Pacific in summer only", () => {
    expect(describeInstant("2026-07-01T12:00:00.000Z", "America/Phoenix", PT, "en").platform).toBeNull();
    expect(describeInstant("2026-01-15T12:00:00.000Z", "America/Phoenix", PT, "en")).toEqual({
      local: "15 Jan 05:00",
      platform: "PT 15 Jan 04:00",
    });
  });

  it("names other zones by their offset, half hours included", () => {
    expect(describeInstant("2026-11-24T01:00:00.000Z", "UTC", "Asia/Kolkata", "en").platform).toBe("UTC+5:30 24 Nov 06:30");
    expect(describeInstant("2026-11-24T01:00:00.000Z", "UTC", "America/New_York", "en").platform).toBe(
      "UTC-5 23 Nov 20:00",
    );
  });

  it("shows the DST switch hours in Pacific time as they are printed", () => {
    // 2026-11-01: 01:30 happens twice in Los Angeles.
    expect(describeInstant("2026-11-01T08:30:00.000Z", "UTC", PT, "en").platform).toBe("PT 1 Nov 01:30");
    expect(describeInstant("2026-11-01T09:30:00.000Z", "UTC", PT, "en").platform).toBe("PT 1 Nov 01:30");
    // 2026-03-08: 02:00-02:59 never happens; 10:00 UTC is 03:00 PDT.
    expect(describeInstant("2026-03-08T09:59:00.000Z", "UTC", PT, "en").platform).toBe("PT 8 Mar 01:59");
    expect(describeInstant("2026-03-08T10:00:00.000Z", "UTC", PT, "en").platform).toBe("PT 8 Mar 03:00");
  });

  it("crosses the year end between the two zones", () => {
    expect(describeInstant("2027-01-01T02:00:00.000Z", "Asia/Shanghai", PT, "en")).toEqual({
      local: "1 Jan 10:00",
      platform: "PT 31 Dec 18:00",
    });
  });

  it("returns an unreadable instant as its own text, never reinterpreted", () => {
    expect(describeInstant("soon", "UTC", PT, "en")).toEqual({ local: "soon", platform: null });
  });

  it("refuses an unknown zone", () => {
    expect(() => describeInstant("2026-11-24T01:00:00.000Z", "Mars/Olympus", PT, "en")).toThrow(RangeError);
    expect(() => describeInstant("2026-11-24T01:00:00.000Z", "UTC", "", "en")).toThrow(RangeError);
    expect(isValidTimeZone("Asia/Shanghai")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });

  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  // An independent reading of the same instant: Intl's own wall-clock parts in that zone.
  function wallClockParts(ms: number, zone: string): string {
    const parts = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      day: "numeric",
      month: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(new Date(ms));
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "?";
    return `${Number(part("day"))} ${MONTHS[Number(part("month")) - 1]} ${part("hour")}:${part("minute")}`;
  }

  const ZONES = ["UTC", PT, "Asia/Shanghai", "Europe/Moscow", "America/Sao_Paulo", "Asia/Kolkata", "Australia/Lord_Howe", "Europe/Berlin"];

  it("names the same instant in every display zone (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2029, 0, 1) }),
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ZONES),
        (ms, browserZone, platformZone) => {
          const iso = new Date(ms).toISOString();
          const described = describeInstant(iso, browserZone, platformZone, "en");
          expect(described.local).toBe(wallClockParts(ms, browserZone));
          if (described.platform !== null) expect(described.platform.endsWith(wallClockParts(ms, platformZone))).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
