// One step per schema version (DESIGN.md principle 10). Each step runs inside the upgrade transaction and
// awaits nothing but IndexedDB requests, or the transaction would commit under it.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from "idb";
import {
  emptyDisputeRecord,
  FINISHED_STATUSES,
  isDisputeReason,
  isDisputeStatus,
  type DisputeRecord,
  type PageDeadline,
} from "../model";
import type { DisputeRowV1, SentinelDbV1, SentinelDbV2, SentinelDbV3 } from "./schema";
import { toStoredDispute } from "./to-stored-dispute";

export type UpgradeTransaction = IDBPTransaction<SentinelDbV3, StoreNames<SentinelDbV3>[], "versionchange">;
type UpgradeTransactionV2 = IDBPTransaction<SentinelDbV2, StoreNames<SentinelDbV2>[], "versionchange">;
type UpgradeTransactionV1 = IDBPTransaction<SentinelDbV1, StoreNames<SentinelDbV1>[], "versionchange">;

/** Runs every step from `oldVersion` up to the current version. `now` dates the recomputed deadlines. */
export async function upgradeSentinelDb(
  db: IDBPDatabase<SentinelDbV3>,
  oldVersion: number,
  transaction: UpgradeTransaction,
  now: Date,
): Promise<void> {
  if (oldVersion < 1) createStoresV1(db as unknown as IDBPDatabase<SentinelDbV1>);
  if (oldVersion < 2) await upgradeToV2(db as unknown as IDBPDatabase<SentinelDbV2>, transaction as unknown as UpgradeTransactionV2, now);
  if (oldVersion < 3) createStoresV3(db);
}

/** v3: the seller's reply templates; every older row stays as it was (nothing to convert). */
function createStoresV3(db: IDBPDatabase<SentinelDbV3>): void {
  db.createObjectStore("replyTemplates", { keyPath: "key" });
}

function createStoresV1(db: IDBPDatabase<SentinelDbV1>): void {
  const disputes = db.createObjectStore("disputes", { keyPath: "disputeId" });
  disputes.createIndex("by-status", "status");
  const events = db.createObjectStore("events", { keyPath: "id", autoIncrement: true });
  events.createIndex("by-dispute", "disputeId");
}

/** v2: full DisputeRecord rows with their next seller deadline; orders, reminders, settings, list reads. */
async function upgradeToV2(db: IDBPDatabase<SentinelDbV2>, transaction: UpgradeTransactionV2, now: Date): Promise<void> {
  const disputes = transaction.objectStore("disputes");
  disputes.createIndex("by-next-deadline", "nextSellerDeadline");
  disputes.createIndex("by-channel", "channelId");
  disputes.createIndex("by-order", "orderId");

  const orders = db.createObjectStore("orders", { keyPath: "orderId" });
  orders.createIndex("by-channel", "channelId");
  const reminders = db.createObjectStore("reminders", { keyPath: "key" });
  reminders.createIndex("by-subject", "subjectId");
  db.createObjectStore("settings");
  db.createObjectStore("listReads", { keyPath: "channelId" });

  // Rows of the v1 shape are read through the v1 type, converted, and written back in the v2 shape.
  const oldRows = await (transaction as unknown as UpgradeTransactionV1).objectStore("disputes").getAll();
  // v1 had no settings store: the rule lengths in force are the defaults.
  const converted = oldRows.map((row) => toStoredDispute(disputeRecordFromV1(row), now));
  await Promise.all(converted.map((row) => disputes.put(row)));
}

/** A v1 row as a full record: unread fields null, seller's marks at their defaults. */
export function disputeRecordFromV1(row: DisputeRowV1): DisputeRecord {
  const status = isDisputeStatus(row.status) ? row.status : "unknown";
  const deadlineMs = row.deadline === null ? Number.NaN : Date.parse(row.deadline);
  // DOMAIN.md §1: a finished dispute has no running clock, whatever v1 kept.
  const pageDeadline: PageDeadline | null =
    Number.isNaN(deadlineMs) || FINISHED_STATUSES.includes(status)
      ? null
      : { at: new Date(deadlineMs).toISOString(), text: row.deadlineText, readAt: row.lastSeenAt, status };
  return {
    ...emptyDisputeRecord(row.disputeId, row.firstSeenAt),
    orderId: row.orderId,
    status,
    statusText: row.statusText,
    reason: isDisputeReason(row.reason) ? row.reason : "unknown",
    productTitle: row.productTitle,
    pageDeadline,
    url: row.url,
    lastSeenAt: row.lastSeenAt,
  };
}
