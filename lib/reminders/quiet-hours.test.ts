import { findQuietWindow, parseClockTime } from "./quiet-hours";

const night = { enabled: true, start: "22:00", end: "08:00" };

describe("parseClockTime", () => {
  it.each([
    ["22:00", 1320],
    ["8:05", 485],
    ["00:00", 0],
    ["24:00", null],
    ["7", null],
    ["", null],
  ])("%j → %j", (text, minutes) => {
    expect(parseClockTime(text)).toBe(minutes);
  });
});

describe("findQuietWindow", () => {
  it("finds the window that crossed midnight, in the given zone", () => {
    // 02:00 in Shanghai on 3 March = 18:00 UTC on 2 March.
    const window = findQuietWindow(night, new Date("2026-03-02T18:00:00Z"), "Asia/Shanghai");
    expect(window?.start.toISOString()).toBe("2026-03-02T14:00:00.000Z");
    expect(window?.end.toISOString()).toBe("2026-03-03T00:00:00.000Z");
  });

  it("finds tonight's window before midnight", () => {
    const window = findQuietWindow(night, new Date("2026-03-02T22:30:00Z"), "UTC");
    expect(window?.end.toISOString()).toBe("2026-03-03T08:00:00.000Z");
  });

  it("is null outside the window, at its end, when disabled, of zero length or unreadable", () => {
    expect(findQuietWindow(night, new Date("2026-03-02T12:00:00Z"), "UTC")).toBeNull();
    expect(findQuietWindow(night, new Date("2026-03-02T08:00:00Z"), "UTC")).toBeNull();
    expect(findQuietWindow({ ...night, enabled: false }, new Date("2026-03-02T23:00:00Z"), "UTC")).toBeNull();
    expect(findQuietWindow({ ...night, end: "22:00" }, new Date("2026-03-02T23:00:00Z"), "UTC")).toBeNull();
    expect(findQuietWindow({ ...night, end: "soon" }, new Date("2026-03-02T23:00:00Z"), "UTC")).toBeNull();
  });

  it("handles a window within one day", () => {
    const lunch = { enabled: true, start: "12:00", end: "13:30" };
    expect(findQuietWindow(lunch, new Date("2026-03-02T12:45:00Z"), "UTC")?.end.toISOString()).toBe("2026-03-02T13:30:00.000Z");
    expect(findQuietWindow(lunch, new Date("2026-03-02T11:59:00Z"), "UTC")).toBeNull();
  });

  it("ends at local 08:00 across a daylight-saving change (Los Angeles, 8 March 2026)", () => {
    // 23:00 PST on 7 March = 07:00 UTC on 8 March; 08:00 PDT on 8 March = 15:00 UTC.
    const window = findQuietWindow(night, new Date("2026-03-08T07:00:00Z"), "America/Los_Angeles");
    expect(window?.end.toISOString()).toBe("2026-03-08T15:00:00.000Z");
  });
});
