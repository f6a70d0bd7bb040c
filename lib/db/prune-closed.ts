// Retention (issue 10): a closed dispute is deleted, with its timeline and its sent reminders, once nothing
// has been heard of it for `retentionDays`; an open one never is, however old. The background runs this on
// start-up and when its wake-up alarm rings.
import type { IDBPDatabase } from "idb";
import type { DisputeRecord } from "../model";
import type { SentinelDb } from "./schema";

const DAY_MS = 86_400_000;
/** The retention setting's range in whole days: ten years at most. */
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;

/**
 * Its last sign of life: the latest of when it was last seen, when it reached its status, and the page's
 * "updated" time. A closed dispute a list still shows is seen again on every read, so it is kept as long as
 * the seller center shows it (deleting it would only have the next reading create it again, without its note).
 */
export function lastSignOfLife(record: DisputeRecord): number {
  const times = [record.lastSeenAt, record.statusSince, record.updatedAt]
    .filter((iso): iso is string => iso !== null)
    .map((iso) => Date.parse(iso))
    .filter(Number.isFinite);
  // lastSeenAt is always set; an unreadable one counts as long ago rather than as now.
  return times.length === 0 ? Number.NEGATIVE_INFINITY : Math.max(...times);
}

/** Only "closed": a refund in progress is not over yet, and an unrecognised status may be an open one. */
export function isPastRetention(record: DisputeRecord, now: Date, retentionDays: number): boolean {
  if (record.status !== "closed") return false;
  return lastSignOfLife(record) < now.getTime() - retentionDays * DAY_MS;
}

export interface PruneResult {
  disputeIds: string[];
  events: number;
  orders: number;
}

/**
 * Deletes the expired closed disputes in one transaction, with their timeline events and sent reminders, and
 * their orders when no remaining dispute refers to the order and it too was not seen within the period.
 */
export async function pruneClosedDisputes(db: IDBPDatabase<SentinelDb>, now: Date, retentionDays: number): Promise<PruneResult> {
  const tx = db.transaction(["disputes", "events", "reminders", "orders"], "readwrite");
  const disputes = tx.objectStore("disputes");
  const closed = await disputes.index("by-status").getAll("closed");
  const expired = closed.filter((record) => isPastRetention(record, now, retentionDays));
  if (expired.length === 0) {
    await tx.done;
    return { disputeIds: [], events: 0, orders: 0 };
  }
  const expiredIds = new Set(expired.map((record) => record.disputeId));
  const orderIds = [...new Set(expired.map((record) => record.orderId).filter((id): id is string => id !== null))];
  const cutoffMs = now.getTime() - retentionDays * DAY_MS;
  const [eventKeys, reminderKeys, disputesOfOrders, orders] = await Promise.all([
    Promise.all(expired.map((record) => tx.objectStore("events").index("by-dispute").getAllKeys(record.disputeId))),
    Promise.all(expired.map((record) => tx.objectStore("reminders").index("by-subject").getAllKeys(record.disputeId))),
    Promise.all(orderIds.map((id) => disputes.index("by-order").getAllKeys(id))),
    Promise.all(orderIds.map((id) => tx.objectStore("orders").get(id))),
  ]);
  const prunableOrders = orderIds.filter((id, index) => {
    const stillReferred = (disputesOfOrders[index] ?? []).some((key) => !expiredIds.has(key));
    const order = orders[index];
    return !stillReferred && order !== undefined && Date.parse(order.lastSeenAt) < cutoffMs;
  });
  const events = eventKeys.flat();
  await Promise.all([
    ...expired.map((record) => disputes.delete(record.disputeId)),
    ...events.map((key) => tx.objectStore("events").delete(key)),
    ...reminderKeys.flat().map((key) => tx.objectStore("reminders").delete(key)),
    ...prunableOrders.map((id) => tx.objectStore("orders").delete(id)),
    tx.done,
  ]);
  return { disputeIds: [...expiredIds], events: events.length, orders: prunableOrders.length };
}
