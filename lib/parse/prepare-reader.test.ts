import { prepareReader } from "./prepare-reader";
import { parseDeadlineText } from "./text";

describe("prepareReader", () => {
  const now = new Date("2026-11-27T00:00:00Z");

  it("leaves later readings exactly as they would be without it", () => {
    const before = parseDeadlineText("2026-01-02 03:04:05", now, "America/Los_Angeles");
    prepareReader("America/Los_Angeles", now);
    expect(parseDeadlineText("2026-01-02 03:04:05", now, "America/Los_Angeles")).toEqual(before);
    expect(parseDeadlineText("1 天 02:03:04", now, "America/Los_Angeles")?.iso).toBe("2026-11-28T02:03:04.000Z");
  });

  it("does nothing for a zone that does not exist", () => {
    expect(() => prepareReader("Mars/Olympus", now)).not.toThrow();
  });
});
