// Draws an overlay's content when its row comes near the viewport: every host (with its markers) is on the page
// at once, but a 500-row list renders only the rows the seller can see, the rest as they scroll into view.
// What is watched is the host's container (the row's cell): a host stays out of layout until it is drawn, so it
// has no box of its own to watch. Without IntersectionObserver (jsdom, old engines) everything is drawn at once.
//
// Rows that come near are drawn a few at a time, each batch in a task of its own that `later` hands out (the
// extension: right after the next frame). A drawn badge makes its row taller, and the page's table lays out again
// in the frame that follows: a batch of `perBatch` rows keeps that frame short, where drawing all the rows near
// the viewport at once (≈ 50 on a list of one-line rows) made a 50–140 ms one.

export interface LazyRenderer {
  /**
   * Draws with the next batch if `near` has been seen, else once `near` comes near the viewport. One draw per
   * host is kept: the latest scheduled wins.
   */
  schedule(host: Element, near: Element, draw: () => void): void;
  disconnect(): void;
}

export interface LazyRendererOptions {
  rootMargin?: string;
  /** Runs a batch of draws in a task of its own (default: at once, in the observer's callback). */
  later?: (work: () => void) => void;
  /** Draws per batch (default: all that are due). */
  perBatch?: number;
}

export function createLazyRenderer(
  win: { IntersectionObserver?: typeof IntersectionObserver },
  { rootMargin = "400px 0px", later = (work) => work(), perBatch = Number.POSITIVE_INFINITY }: LazyRendererOptions = {},
): LazyRenderer {
  const Observer = win.IntersectionObserver;
  if (!Observer) {
    return { schedule: (_host, _near, draw) => draw(), disconnect: () => undefined };
  }
  const pending = new WeakMap<Element, Map<Element, () => void>>();
  const seen = new WeakSet<Element>();
  // Draws due and not yet run, by host, in the order their rows came near (top rows first).
  const due = new Map<Element, () => void>();
  let batchScheduled = false;
  let stopped = false;

  const runBatch = () => {
    batchScheduled = false;
    if (stopped) return;
    let count = 0;
    for (const [host, draw] of due) {
      if (count++ >= perBatch) break;
      due.delete(host);
      // A host the page or a new visit took away meanwhile is not drawn (its badge would tick on, unseen).
      if (host.isConnected) draw();
    }
    scheduleBatch();
  };
  function scheduleBatch(): void {
    if (batchScheduled || due.size === 0) return;
    batchScheduled = true;
    later(runBatch);
  }

  const observer = new Observer(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const near = entry.target;
        seen.add(near);
        observer.unobserve(near);
        pending.get(near)?.forEach((draw, host) => due.set(host, draw));
        pending.delete(near);
      }
      scheduleBatch();
    },
    { rootMargin },
  );
  return {
    schedule(host, near, draw) {
      if (seen.has(near)) {
        // A redraw (the background's answer after the provisional overlay) waits for a batch too: it may change
        // the badge's height as much as a first draw. One still waiting keeps its place with the newer overlay.
        due.set(host, draw);
        scheduleBatch();
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
    disconnect: () => {
      stopped = true;
      due.clear();
      observer.disconnect();
    },
  };
}
