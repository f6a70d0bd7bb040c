import { afterNextFrame } from "./yield-to-page";

describe("afterNextFrame", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // The yield after the frame then goes through the (fake) timers: deterministic.
    vi.stubGlobal("MessageChannel", undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("resolves after the page's next frame has been drawn", async () => {
    let frame: (() => void) | null = null;
    let resolved = false;
    const win = { setTimeout, clearTimeout, requestAnimationFrame: (cb: FrameRequestCallback) => ((frame = () => cb(0)), 1) };
    void afterNextFrame(win, 100).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(resolved).toBe(false);
    frame!();
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(true);
  });

  it("does not wait for frames a background tab never draws", async () => {
    let resolved = false;
    const win = { setTimeout, clearTimeout, requestAnimationFrame: () => 1 };
    void afterNextFrame(win, 100).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(true);
  });
});
