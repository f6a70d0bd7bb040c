// "Clear all data" (issue 10): every store emptied in one transaction, so a failure leaves everything as it was.
import type { IDBPDatabase, StoreNames } from "idb";
import { FINISHED_STATUSES } from "../model";
import type { SentinelDb } from "./schema";

// The seller's reply templates are their data too: a "clear all" that kept them would not be one.
const ALL_STORES: StoreNames<SentinelDb>[] = ["disputes", "orders", "events", "reminders", "settings", "listReads", "replyTemplates"];

export async function clearAllData(db: IDBPDatabase<SentinelDb>): Promise<void> {
  const tx = db.transaction(ALL_STORES, "readwrite");
  await Promise.all([...ALL_STORES.map((name) => tx.objectStore(name).clear()), tx.done]);
}

/** What the database holds, in the words the "clear all" confirmation uses to say what will be lost. */
export interface StoredDataSummary {
  disputes: number;
  openDisputes: number;
  orders: number;
  events: number;
  /** Disputes with a note of the seller's. */
  notes: number;
  /** Checklist items ticked, over all disputes. */
  ticks: number;
  /** The seller's reply templates: their own, built-ins they reworded or hid. */
  replyTemplates: number;
}

export async function summarizeStoredData(db: IDBPDatabase<SentinelDb>): Promise<StoredDataSummary> {
  const tx = db.transaction(["disputes", "orders", "events", "replyTemplates"], "readonly");
  const [disputes, orders, events, replyTemplates] = await Promise.all([
    tx.objectStore("disputes").getAll(),
    tx.objectStore("orders").count(),
    tx.objectStore("events").count(),
    tx.objectStore("replyTemplates").count(),
    tx.done,
  ]);
  return {
    disputes: disputes.length,
    openDisputes: disputes.filter((d) => !FINISHED_STATUSES.includes(d.status)).length,
    orders,
    events,
    notes: disputes.filter((d) => d.note.trim() !== "").length,
    ticks: disputes.reduce((sum, d) => sum + Object.values(d.checklist).filter(Boolean).length, 0),
    replyTemplates,
  };
}
