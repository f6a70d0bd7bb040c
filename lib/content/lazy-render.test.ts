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
  const element = () => ({}) as Element;

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
    const lazy = createLazyRenderer(fake.win, "0px", (work) => queued.push(work));
    const cell = element();
    const drawn: string[] = [];
    lazy.schedule(element(), cell, () => drawn.push("A"));
    fake.enter(cell);
    expect(drawn).toEqual([]);
    expect(queued).toHaveLength(1);
    queued[0]!();
    expect(drawn).toEqual(["A"]);
  });
});
