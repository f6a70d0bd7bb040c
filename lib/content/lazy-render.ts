// Draws an overlay's content when its row comes near the viewport: every host (with its markers) is on the page
// at once, but a 500-row list renders only the rows the seller can see, the rest as they scroll into view.
// Without IntersectionObserver (jsdom, old engines) everything is drawn at once.

export interface LazyRenderer {
  /** Draws now if the host has been seen, else when it first comes near the viewport (the latest draw wins). */
  schedule(host: Element, draw: () => void): void;
  disconnect(): void;
}

export function createLazyRenderer(win: { IntersectionObserver?: typeof IntersectionObserver }, rootMargin = "400px 0px"): LazyRenderer {
  const Observer = win.IntersectionObserver;
  if (!Observer) {
    return { schedule: (_host, draw) => draw(), disconnect: () => undefined };
  }
  const pending = new WeakMap<Element, () => void>();
  const seen = new WeakSet<Element>();
  const observer = new Observer(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const host = entry.target;
        seen.add(host);
        observer.unobserve(host);
        const draw = pending.get(host);
        pending.delete(host);
        draw?.();
      }
    },
    { rootMargin },
  );
  return {
    schedule(host, draw) {
      if (seen.has(host)) {
        draw();
        return;
      }
      if (!pending.has(host)) observer.observe(host);
      pending.set(host, draw);
    },
    disconnect: () => observer.disconnect(),
  };
}
