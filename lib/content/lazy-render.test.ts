import { createLazyRenderer } from "./lazy-render";

/** An IntersectionObserver driven by hand: `enter(el)` reports el near the viewport. */
function fakeObserverWindow() {
  const observed = new Set<Element>();
  let callback: IntersectionObserverCallback = () => undefined;
  class FakeObserver {
    constructor(cb: IntersectionObserverCallback) {
      callback = cb;
    }
    observe(el: Element) {
      observed.add(el);
    }
    unobserve(el: Element) {
      observed.delete(el);
    }
    disconnect() {
      observed.clear();
    }
  }
  return {
    win: { IntersectionObserver: FakeObserver as unknown as typeof IntersectionObserver },
    observed,
    enter(el: Element) {
      callback([{ target: el, isIntersecting: true } as IntersectionObserverEntry], {} as IntersectionObserver);
    },
  };
}

describe("createLazyRenderer", () => {
  const element = () => ({ isConnected: true }) as Element;

  it("draws at once without IntersectionObserver", () => {
    const drawn: string[] = [];
    createLazyRenderer({}).schedule(element(), element(), () => drawn.push("a"));
    expect(drawn).toEqual(["a"]);
  });

  it("watches the container, not the host, and draws each host's latest overlay when it comes near", () => {
    const fake = fakeObserverWindow();
    const lazy = createLazyRenderer(fake.win);
    const cell = element();
    const hostA = element();
    const hostB = element();
    const drawn: string[] = [];
    lazy.schedule(hostA, cell, () => drawn.push("A1"));
    lazy.schedule(hostA, cell, () => drawn.push("A2"));
    lazy.schedule(hostB, cell, () => drawn.push("B"));
    expect([...fake.observed]).toEqual([cell]);
    expect(drawn).toEqual([]);
    fake.enter(cell);
    expect(drawn).toEqual(["A2", "B"]);
    expect(fake.observed.size).toBe(0);
    // Seen once: later draws for that container are immediate.
    lazy.schedule(hostA, cell, () => drawn.push("A3"));
    expect(drawn).toEqual(["A2", "B", "A3"]);
  });

  it("draws what came near in the task it is handed to, not inside the observer's callback", () => {
    const fake = fakeObserverWindow();
    const queued: Array<() => void> = [];
    const lazy = createLazyRenderer(fake.win, { rootMargin: "0px", later: (work) => queued.push(work) });
    const cell = element();
    const drawn: string[] = [];
    lazy.schedule(element(), cell, () => drawn.push("A"));
    fake.enter(cell);
    expect(drawn).toEqual([]);
    expect(queued).toHaveLength(1);
    queued[0]!();
    expect(drawn).toEqual(["A"]);
  });

  it("draws a few hosts per batch, top rows first, each batch handed to `later` after the one before", () => {
    const fake = fakeObserverWindow();
    const queued: Array<() => void> = [];
    const lazy = createLazyRenderer(fake.win, { later: (work) => queued.push(work), perBatch: 2 });
    const connected = () => ({ isConnected: true }) as Element;
    const cells = [element(), element(), element()];
    const drawn: string[] = [];
    cells.forEach((cell, i) => lazy.schedule(connected(), cell, () => drawn.push(`row ${i}`)));
    cells.forEach((cell) => fake.enter(cell));
    // One batch waits at a time.
    expect(queued).toHaveLength(1);
    queued.shift()!();
    expect(drawn).toEqual(["row 0", "row 1"]);
    expect(queued).toHaveLength(1);
    queued.shift()!();
    expect(drawn).toEqual(["row 0", "row 1", "row 2"]);
    expect(queued).toHaveLength(0);
  });

  it("keeps the latest overlay of a host still waiting for its batch, and skips hosts taken off the page", () => {
    const fake = fakeObserverWindow();
    const queued: Array<() => void> = [];
    const lazy = createLazyRenderer(fake.win, { later: (work) => queued.push(work), perBatch: 1 });
    const hostA = { isConnected: true } as Element;
    const hostB = { isConnected: false } as Element;
    const cellA = element();
    const cellB = element();
    const drawn: string[] = [];
    lazy.schedule(hostB, cellB, () => drawn.push("B"));
    lazy.schedule(hostA, cellA, () => drawn.push("A provisional"));
    fake.enter(cellB);
    fake.enter(cellA);
    // Seen but not drawn yet: the background's answer replaces the provisional overlay in the queue.
    lazy.schedule(hostA, cellA, () => drawn.push("A answered"));
    while (queued.length > 0) queued.shift()!();
    expect(drawn).toEqual(["A answered"]);
  });
});
