import fc from "fast-check";
import { formatDuration, formatElapsed } from "./format-duration";

const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;

describe("formatDuration", () => {
  it("uses days and hours from one day on", () => {
    expect(formatDuration(4 * D + 23 * H + 59 * MIN, "en")).toBe("4 d 23 h");
    expect(formatDuration(4 * D + 23 * H + 59 * MIN, "zh")).toBe("4天23小时");
    expect(formatDuration(2 * D + 30 * MIN, "en")).toBe("2 d");
  });
  it("uses hours and minutes under a day", () => {
    expect(formatDuration(5 * H + 20 * MIN + 59_000, "en")).toBe("5 h 20 min");
    expect(formatDuration(5 * H + 20 * MIN, "zh")).toBe("5小时20分");
    expect(formatDuration(3 * H, "en")).toBe("3 h");
  });
  it("uses minutes under an hour, and never rounds up", () => {
    expect(formatDuration(12 * MIN + 59_999, "en")).toBe("12 min");
    expect(formatDuration(12 * MIN, "zh")).toBe("12分钟");
    expect(formatDuration(59_000, "en")).toBe("< 1 min");
  });
  it("says overdue for time past the deadline", () => {
    expect(formatDuration(-3 * H, "en")).toBe("overdue 3 h");
    expect(formatDuration(-3 * H - 10 * MIN, "zh")).toBe("已超时3小时10分");
    expect(formatDuration(-(2 * D + 1 * H), "en")).toBe("overdue 2 d 1 h");
    expect(formatDuration(0, "en")).toBe("overdue");
    expect(formatDuration(-30_000, "zh")).toBe("已超时");
  });
});

describe("formatElapsed", () => {
  it("formats ages without ever saying overdue", () => {
    expect(formatElapsed(30 * H, "en")).toBe("1 d 6 h");
    expect(formatElapsed(5 * H, "zh")).toBe("5小时");
    expect(formatElapsed(0, "en")).toBe("< 1 min");
    expect(formatElapsed(-5 * MIN, "en")).toBe("< 1 min");
  });
});

describe("formatDuration properties", () => {
  const unitsMs = (text: string): number => {
    if (text === "< 1 min") return 0;
    let total = 0;
    for (const [, value, unit] of text.matchAll(/(\d+)\s*(d|h|min)\b/g)) {
      total += Number(value) * (unit === "d" ? D : unit === "h" ? H : MIN);
    }
    return total;
  };
  it("never claims more time than is left, never loses more than an hour or a minute, never says undefined", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 * D }), (ms) => {
        const text = formatDuration(ms, "en");
        expect(text).not.toMatch(/undefined|NaN|overdue/);
        const shown = unitsMs(text);
        expect(shown).toBeLessThanOrEqual(ms);
        expect(ms - shown).toBeLessThan(ms >= D ? H : MIN);
      }),
    );
  });
  it("says overdue for every past instant, in both languages", () => {
    fc.assert(
      fc.property(fc.integer({ min: -400 * D, max: 0 }), (ms) => {
        expect(formatDuration(ms, "en")).toMatch(/^overdue/);
        expect(formatDuration(ms, "zh")).toMatch(/^已超时/);
      }),
    );
  });
});
