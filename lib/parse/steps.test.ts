import { runSteps, runStepsInSlices, SliceCounter, type Steps } from "./steps";

function* countTo(limit: number, slices: SliceCounter, seen: number[]): Steps<number> {
  let total = 0;
  for (let i = 1; i <= limit; i++) {
    total += i;
    seen.push(i);
    if (slices.tick()) yield;
  }
  return total;
}

describe("steps", () => {
  it("runSteps runs to the end at once", () => {
    expect(runSteps(countTo(10, new SliceCounter(3), []))).toBe(55);
  });

  it("runStepsInSlices awaits yieldTo after each full slice, with the same result", async () => {
    const seen: number[] = [];
    const seenAtPause: number[] = [];
    const result = await runStepsInSlices(countTo(10, new SliceCounter(3), seen), async () => void seenAtPause.push(seen.length));
    expect(result).toBe(55);
    expect(seenAtPause).toEqual([3, 6, 9]);
  });

  it("a counter of 0 or Infinity never fills", () => {
    for (const every of [0, Number.POSITIVE_INFINITY]) {
      const counter = new SliceCounter(every);
      expect(Array.from({ length: 1000 }, () => counter.tick()).some(Boolean)).toBe(false);
    }
  });
});
