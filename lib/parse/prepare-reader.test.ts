import { prepareReader } from "./prepare-reader";
import { parseDeadlineText } from "./text";

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe("prepareReader", () => {
  const now = new Date("2026-11-27T00:00:00Z");

  it("leaves later readings exactly as they would be without it", async () => {
    const before = parseDeadlineText("2026-01-02 03:04:05", now, "America/Los_Angeles");
    await prepareReader("America/Los_Angeles", now, nextTurn);
    expect(parseDeadlineText("2026-01-02 03:04:05", now, "America/Los_Angeles")).toEqual(before);
    expect(parseDeadlineText("1 天 02:03:04", now, "America/Los_Angeles")?.iso).toBe("2026-11-28T02:03:04.000Z");
  });

  it("does nothing for a zone that does not exist", async () => {
    let turns = 0;
    await prepareReader("Mars/Olympus", now, async () => void turns++);
    expect(turns).toBe(1);
  });

  it("hands the main thread back between its steps", async () => {
    let turns = 0;
    const started = prepareReader("Asia/Shanghai", now, async () => void turns++);
    // Nothing is done in the caller's own task: the first step waits for a turn.
    expect(turns).toBe(1);
    await started;
    expect(turns).toBe(4);
  });
});
