// One shared clock for every mounted countdown: a 500-row list gets one timer, not 500.
import { useEffect, useState } from "preact/hooks";

type Listener = (now: Date) => void;
const listeners = new Set<Listener>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: Listener, intervalMs: number): () => void {
  listeners.add(listener);
  if (timer === null) timer = setInterval(() => listeners.forEach((l) => l(new Date())), intervalMs);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
}

export function useNow(intervalMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => subscribe(setNow, intervalMs), [intervalMs]);
  return now;
}

/**
 * `base` moved on by the real time passed since it was given, ticking every `intervalMs` on the shared timer:
 * a countdown ticks by itself while its list re-renders only when its data or `base` changes (issue 11). The first
 * render shows `base` exactly, so a parent's clock (or a test's) is what is drawn until the first tick.
 */
export function useTickingNow(base: Date, intervalMs = 1000): Date {
  const [tick, setTick] = useState<{ base: Date; at: number; now: Date }>(() => ({ base, at: Date.now(), now: base }));
  useEffect(() => {
    const at = Date.now();
    setTick({ base, at, now: base });
    return subscribe(() => setTick({ base, at, now: new Date(base.getTime() + (Date.now() - at)) }), intervalMs);
  }, [base.getTime(), intervalMs]);
  return tick.base.getTime() === base.getTime() ? tick.now : base;
}
