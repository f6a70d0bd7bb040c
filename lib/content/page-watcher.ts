// One visit of a seller-center page: read now, then re-read when the page's own rows change (debounced), until
// the visit's signal aborts (navigation, extension reload). Mutations inside our overlay hosts never count.
import { isOverlayHost, isOverlayNode, restoreHostsThePageRemoved } from "./overlay-host";

export interface PageWatcherOptions {
  root: Node;
  signal: AbortSignal;
  /** Performs one full read; may be async. Never runs twice at once: a change during a read queues one more. */
  read: () => Promise<void> | void;
  /** Quiet time before a read after the last change. */
  debounceMs?: number;
  /** Longest a stream of changes can postpone a read. */
  maxWaitMs?: number;
  MutationObserverImpl?: typeof MutationObserver;
}

export interface PageWatcher {
  /** Reads counted since the start (for tests and the bench). */
  readonly reads: number;
  /** Schedules a read as a change would. */
  poke(): void;
}

const DIGITS = /\d/g;
const TICK_TEXT = /^[\d\s:.]*$/;

/**
 * A countdown on the page ticking: the same text with other digits, or digit-only text nodes swapped.
 * Countdowns are read as a deadline, which does not move when they tick: no reason to read again.
 */
function isCountdownTick(record: MutationRecord): boolean {
  if (record.type === "characterData") {
    const before = record.oldValue ?? "";
    const after = record.target.nodeValue ?? "";
    return before.replace(DIGITS, "0") === after.replace(DIGITS, "0");
  }
  // Our own host, taken out with the old text by a cell rewritten whole, is put back and is no change of the page's.
  const added = Array.from(record.addedNodes).filter((node) => !isOverlayHost(node));
  const removed = Array.from(record.removedNodes).filter((node) => !isOverlayHost(node));
  const changed = [...added, ...removed];
  if (changed.length === 0 || !changed.every((node) => node.nodeType === 3)) return false;
  if (changed.every((node) => TICK_TEXT.test(node.nodeValue ?? ""))) return true;
  // A text swapped for the same text with other digits ("剩余 2 天 03:12:45" → "… 03:12:44").
  const textOf = (nodes: Node[]) => nodes.map((node) => node.nodeValue ?? "").join("").replace(DIGITS, "0");
  return added.length > 0 && textOf(added) === textOf(removed);
}


function isOwnMutation(record: MutationRecord): boolean {
  if (isOverlayNode(record.target)) return true;
  const changed = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return changed.length > 0 && changed.every(isOverlayHost);
}

export function watchPage(options: PageWatcherOptions): PageWatcher {
  const { root, signal, read } = options;
  const debounceMs = options.debounceMs ?? 250;
  const maxWaitMs = options.maxWaitMs ?? 1000;
  let reads = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstChangeAt: number | null = null;
  let running = false;
  let again = false;

  const run = async () => {
    timer = null;
    firstChangeAt = null;
    if (signal.aborted) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    reads++;
    try {
      await read();
    } finally {
      running = false;
      if (again && !signal.aborted) {
        again = false;
        schedule();
      }
    }
  };

  const schedule = () => {
    if (signal.aborted) return;
    const nowMs = performance.now();
    firstChangeAt ??= nowMs;
    if (timer !== null) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstChangeAt + maxWaitMs - nowMs));
    timer = setTimeout(() => void run(), wait);
  };

  const Observer = options.MutationObserverImpl ?? MutationObserver;
  const observer = new Observer((records) => {
    records.forEach(restoreHostsThePageRemoved);
    if (records.some((record) => !isOwnMutation(record) && !isCountdownTick(record))) schedule();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  signal.addEventListener(
    "abort",
    () => {
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    { once: true },
  );
  // The first read is a task of its own, apart from the script's start-up.
  timer = setTimeout(() => void run(), 0);

  return {
    get reads() {
      return reads;
    },
    poke: schedule,
  };
}
