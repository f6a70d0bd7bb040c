// Export and import of the seller's whole picture as one JSON file (DESIGN.md "Backup file"): every dispute
// with its checklist ticks and note, every order, every timeline event, the seller's reply templates, and the
// settings. Sent reminders and list-read times are not in it: they describe this browser (what it has shown,
// when it last read a list), not the seller's disputes, and a new profile must find out both for itself.
import type { IDBPDatabase } from "idb";
import type { DisputeEvent, DisputeRecord, OrderRecord, Settings } from "../model";
import type { SentinelDb } from "../db/schema";
import { SETTINGS_KEY } from "../db/schema";
import { getSettings } from "../db/queries";
import { toStoredDispute } from "../db/to-stored-dispute";
import type { SellerReplyTemplate } from "../replies/seller-templates";
import { BACKUP_FORMAT, BACKUP_VERSION, replyTemplateSchema, type BackupV4 } from "./backup-schema";
import type { BackupProblem } from "./backup-problem";
import { mergeImportedDispute, mergeImportedOrder, mergeImportedReplyTemplate, newTimelineEvents } from "./merge-backup";
import { readBackup } from "./read-backup";

export type ImportResult =
  | { ok: true; disputes: number; created: number; updated: number; orders: number; events: number; templates: number }
  | { ok: false; problem: BackupProblem };

export async function buildBackup(db: IDBPDatabase<SentinelDb>, now: Date): Promise<{ json: string; fileName: string }> {
  // One read transaction: a reading stored meanwhile is either wholly in the file or wholly not.
  const tx = db.transaction(["disputes", "orders", "events", "replyTemplates"], "readonly");
  const [stored, orders, events, templateRows] = await Promise.all([
    tx.objectStore("disputes").getAll(),
    tx.objectStore("orders").getAll(),
    tx.objectStore("events").getAll(),
    tx.objectStore("replyTemplates").getAll(),
    tx.done,
  ]);
  const settings = await getSettings(db);
  const disputes: DisputeRecord[] = stored.map(({ nextSellerDeadline: _derived, ...record }) => record);
  // Store keys are this profile's own; events are in key order, which is the order they were learnt.
  const timeline = events.map(({ id: _key, ...event }) => event);
  // A row the import would refuse (a hand-edited profile's; the app already skips it) stays out, so that the
  // seller's own backup always imports.
  const replyTemplates = templateRows.filter((row) => replyTemplateSchema.safeParse(row).success);
  const file: BackupV4 = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    disputes,
    orders,
    events: timeline,
    replyTemplates,
    settings,
  };
  // Compact: a large store's file stays well under the import's size cap.
  return { json: JSON.stringify(file), fileName: `dispute-sentinel-backup-${now.toISOString().slice(0, 10)}.json` };
}

/**
 * Checks the whole file first (read-backup.ts), then writes everything in one transaction: a file is either
 * wholly merged or, if the browser fails to write, not at all.
 */
export async function importBackup(db: IDBPDatabase<SentinelDb>, text: string, now: Date): Promise<ImportResult> {
  const read = readBackup(text);
  if (!read.ok) return read;
  const { backup } = read;
  const current = await getSettings(db);
  // A setting the file does not have (made before it existed) keeps this profile's value.
  const settings: Settings = { ...current, ...withoutUndefined(backup.settings) };
  try {
    return await writeBackup(db, backup, settings, now);
  } catch (error) {
    return { ok: false, problem: { kind: "write-failed", detail: error instanceof Error ? error.message : String(error) } };
  }
}

async function writeBackup(db: IDBPDatabase<SentinelDb>, backup: BackupV4, settings: Settings, now: Date): Promise<ImportResult> {
  const tx = db.transaction(["disputes", "orders", "events", "replyTemplates", "settings"], "readwrite");
  const disputeStore = tx.objectStore("disputes");
  const orderStore = tx.objectStore("orders");
  const eventStore = tx.objectStore("events");
  const templateStore = tx.objectStore("replyTemplates");
  const disputeIdsWithEvents = [...new Set(backup.events.map((event) => event.disputeId))];
  // Every read first, all in flight together; only IndexedDB requests are awaited, so the transaction stays open.
  const [heldDisputes, heldOrders, heldEvents, heldTemplates] = await Promise.all([
    Promise.all(backup.disputes.map((d) => disputeStore.get(d.disputeId))),
    Promise.all(backup.orders.map((o) => orderStore.get(o.orderId))),
    Promise.all(disputeIdsWithEvents.map((id) => eventStore.index("by-dispute").getAll(id))),
    Promise.all(backup.replyTemplates.map((template) => templateStore.get(template.key))),
  ]);
  const disputes = backup.disputes.map((imported, index) => mergeImportedDispute(heldDisputes[index], imported));
  const orders: OrderRecord[] = backup.orders.map((imported, index) => mergeImportedOrder(heldOrders[index], imported));
  const events: Omit<DisputeEvent, "id">[] = newTimelineEvents(heldEvents.flat(), backup.events);
  // A row the file changes nothing in is not rewritten: importing one's own backup again leaves the database as it was.
  const changedDisputes = disputes
    .map((record, index) => keepingFieldOrder(heldDisputes[index], toStoredDispute(record, now, settings)))
    .filter((row, index) => !isSameRow(heldDisputes[index], row));
  const changedOrders = orders.map((order, index) => keepingFieldOrder(heldOrders[index], order)).filter((row, index) => !isSameRow(heldOrders[index], row));
  const changedTemplates = backup.replyTemplates
    .map((imported, index): SellerReplyTemplate => keepingFieldOrder(heldTemplates[index], mergeImportedReplyTemplate(heldTemplates[index], imported)))
    .filter((row, index) => !isSameRow(heldTemplates[index], row));
  const writes: Promise<unknown>[] = [
    ...changedDisputes.map((row) => disputeStore.put(row)),
    ...changedOrders.map((order) => orderStore.put(order)),
    ...events.map((event) => eventStore.add(event)),
    ...changedTemplates.map((template) => templateStore.put(template)),
    tx.objectStore("settings").put(settings, SETTINGS_KEY),
  ];
  await Promise.all([...writes, tx.done]);
  const updated = heldDisputes.filter((held) => held !== undefined).length;
  return {
    ok: true,
    disputes: disputes.length,
    created: disputes.length - updated,
    updated,
    orders: orders.length,
    events: events.length,
    templates: backup.replyTemplates.length,
  };
}

/** The merged row with its fields in the held row's order, so an unchanged row serialises the same. */
function keepingFieldOrder<T extends object>(held: T | undefined, merged: T): T {
  if (held === undefined) return merged;
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(held)) if (key in merged) ordered[key] = (merged as Record<string, unknown>)[key];
  return Object.assign(ordered, merged) as T;
}

function isSameRow<T>(held: T | undefined, row: T): boolean {
  return held !== undefined && JSON.stringify(held) === JSON.stringify(row);
}

function withoutUndefined<T extends object>(partial: T): Partial<T> {
  return Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined)) as Partial<T>;
}
