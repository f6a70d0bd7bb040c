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
