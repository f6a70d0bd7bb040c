// A long read written once as a generator that pauses between slices of rows: run to the end at once (readPage),
// or with the main thread handed back between slices (readPageInSlices, issue 4: no task over 50 ms).
// Both runs execute the same code, so they return the same reading.

/** A computation that may pause (yield) between slices of its work and finally returns T. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, awaiting `yieldTo()` at each pause (a timeout, scheduler.yield, requestIdleCallback…). */
export async function runStepsInSlices<T>(steps: Steps<T>, yieldTo: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await yieldTo();
  }
}

/** Counts units of work (rows) and says when a slice is full. `every` ≤ 0 or Infinity: never. */
export class SliceCounter {
  private done = 0;
  constructor(private readonly every: number) {}

  /** Slicing is on: a caller may also yield after a costly step that is not counted in rows. */
  get enabled(): boolean {
    return this.every > 0 && Number.isFinite(this.every);
  }

  /** One more unit done; true when the slice is full and the caller should yield. */
  tick(): boolean {
    this.done++;
    return this.enabled && this.done % this.every === 0;
  }
}
