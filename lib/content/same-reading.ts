// Two readings that tell the background nothing new: the same disputes and orders with the same values, and
// deadlines within the countdown jitter (a countdown read a second later gives a deadline a second apart).
import type { DisputeReading, OrderReading, PageReading } from "../model";

const JITTER_MS = 2 * 60_000;

function sameInstant(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(Date.parse(a) - Date.parse(b)) < JITTER_MS;
}

function sameExceptDeadline<T extends DisputeReading | OrderReading>(a: T, b: T, deadlineKey: "deadline" | "shipDeadline"): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof T>;
  for (const key of keys) {
    if (key === deadlineKey || key === "deadlineText") continue;
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return false;
  }
  return sameInstant(a[deadlineKey as keyof T] as string | null, b[deadlineKey as keyof T] as string | null);
}

export function isSameReading(a: PageReading, b: PageReading): boolean {
  if (a.kind !== b.kind || a.pageState !== b.pageState || a.url !== b.url || a.complete !== b.complete) return false;
  if (a.disputes.length !== b.disputes.length || a.orders.length !== b.orders.length) return false;
  return (
    a.disputes.every((d, i) => sameExceptDeadline(d, b.disputes[i] as DisputeReading, "deadline")) &&
    a.orders.every((o, i) => sameExceptDeadline(o, b.orders[i] as OrderReading, "shipDeadline"))
  );
}
