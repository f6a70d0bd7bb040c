// Draws an overlay's content when its row comes near the viewport: every host (with its markers) is on the page
// at once, but a 500-row list renders only the rows the seller can see, the rest as they scroll into view.
// What is watched is the host's container (the row's cell): a host stays out of layout until it is drawn, so it
// has no box of its own to watch. Without IntersectionObserver (jsdom, old engines) everything is drawn at once.

export interface LazyRenderer {
  /**
   * Draws now if `near` has been seen, else when `near` first comes near the viewport. One draw per host is
   * kept: the latest scheduled wins.
   */
  schedule(host: Element, near: Element, draw: () => void): void;
  disconnect(): void;
}

export function createLazyRenderer(
  win: { IntersectionObserver?: typeof IntersectionObserver },
  rootMargin = "400px 0px",
  /** Draws the rows that came near in a task of their own: the frame that found them stays short. */
  later: (work: () => void) => void = (work) => work(),
): LazyRenderer {
  const Observer = win.IntersectionObserver;
  if (!Observer) {
    return { schedule: (_host, _near, draw) => draw(), disconnect: () => undefined };
  }
  const pending = new WeakMap<Element, Map<Element, () => void>>();
  const seen = new WeakSet<Element>();
  const observer = new Observer(
    (entries) => {
      const due: Array<() => void> = [];
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const near = entry.target;
        seen.add(near);
        observer.unobserve(near);
        pending.get(near)?.forEach((draw) => due.push(draw));
        pending.delete(near);
      }
      if (due.length > 0) later(() => due.forEach((draw) => draw()));
    },
    { rootMargin },
  );
  return {
    schedule(host, near, draw) {
      if (seen.has(near)) {
        draw();
        return;
      }
      let draws = pending.get(near);
      if (!draws) {
        draws = new Map();
        pending.set(near, draws);
        observer.observe(near);
      }
      draws.set(host, draw);
    },
    disconnect: () => observer.disconnect(),
  };
}
