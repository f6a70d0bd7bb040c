// Stores one page reading (issue 6): one readwrite transaction per reading, whose only awaits are
// IndexedDB requests, so two tabs sending readings at once are serialised by IndexedDB and lose nothing.
import type { IDBPDatabase } from "idb";
import {
  FINISHED_STATUSES,
  type DisputeRecord,
  type ListReadStatus,
  type OrderRecord,
  type PageReading,
  type Settings,
} from "../model";
import type { SentinelDb, StoredDispute } from "../db/schema";
import { toStoredDispute } from "../db/to-stored-dispute";
import { mergeDisputeReading, type NewDisputeEvent } from "./merge-dispute";
import { enrichDisputeFromOrder, mergeOrderReading } from "./merge-order";

export interface ApplyResult {
  /** Disputes stored for the first time. */
  created: number;
  /** Known disputes whose stored facts changed (a mere "seen again" does not count). */
  updated: number;
  /** Timeline events appended. */
  events: number;
  /** Disputes created or changed, including those newly marked "not seen since". */
  disputeIds: string[];
  /** Orders created or changed. */
  orderIds: string[];
  /** Rows without an id, which cannot be stored (the parser has warned about them). */
  skipped: number;
  /** The reading said the seller's login expired: only that was recorded. */
  loginExpired: boolean;
}

export async function applyReading(
  db: IDBPDatabase<SentinelDb>,
  reading: PageReading,
  now: Date,
  settings: Settings,
): Promise<ApplyResult> {
  const result: ApplyResult = {
    created: 0,
    updated: 0,
    events: 0,
    disputeIds: [],
    orderIds: [],
    skipped: 0,
    loginExpired: false,
  };
  const channelId = reading.channelId ?? channelIdOfUrl(reading.url);
  const channelKey = channelId ?? "";

  if (reading.pageState === "login-expired") {
    const tx = db.transaction("listReads", "readwrite");
    const known = await tx.store.get(channelKey);
    await Promise.all([tx.store.put({ ...(known ?? emptyListRead(channelKey)), loginExpiredAt: reading.readAt }), tx.done]);
    result.loginExpired = true;
    return result;
  }
  // Rows not rendered yet say nothing, not even that a list is empty; an unrecognised page has no rows.
  if (reading.pageState === "loading" || reading.kind === "unknown") return result;

  const disputeReadings = reading.disputes.filter((d) => d.disputeId !== null);
  const orderReadings = reading.orders.filter((o) => o.orderId !== null);
  result.skipped = reading.disputes.length - disputeReadings.length + reading.orders.length - orderReadings.length;
  const readDisputeIds = unique(disputeReadings.map((d) => d.disputeId));
  const readOrderIds = unique(orderReadings.map((o) => o.orderId));
  const relatedOrderIds = unique([...readOrderIds, ...disputeReadings.map((d) => d.orderId)]);
  const isList = reading.kind === "dispute-list";
  const isCompleteList = isList && reading.complete === true;

  const tx = db.transaction(["disputes", "orders", "events", "listReads"], "readwrite");
  const disputeStore = tx.objectStore("disputes");
  const orderStore = tx.objectStore("orders");
  const listReadStore = tx.objectStore("listReads");

  // Every read first, all in flight together; then pure merging; then the writes.
  const [storedDisputes, storedOrders, disputesOfReadOrders, channelDisputes, listReads] = await Promise.all([
    Promise.all(readDisputeIds.map((id) => disputeStore.get(id))),
    Promise.all(relatedOrderIds.map((id) => orderStore.get(id))),
    Promise.all(readOrderIds.map((id) => disputeStore.index("by-order").getAll(id))),
    isCompleteList
      ? channelId === null
        ? disputeStore.getAll().then((rows) => rows.filter((row) => row.channelId === null))
        : disputeStore.index("by-channel").getAll(channelId)
      : Promise.resolve<StoredDispute[]>([]),
    listReadStore.getAll(),
  ]);

  const before = new Map<string, StoredDispute>();
  for (const row of [...storedDisputes, ...disputesOfReadOrders.flat(), ...channelDisputes]) {
    if (row !== undefined) before.set(row.disputeId, row);
  }
  const working = new Map<string, DisputeRecord>(before);
  const newEvents: NewDisputeEvent[] = [];

  const ordersBefore = new Map<string, OrderRecord>();
  for (const row of storedOrders) if (row !== undefined) ordersBefore.set(row.orderId, row);
  const orders = new Map<string, OrderRecord>(ordersBefore);
  for (const orderReading of orderReadings) {
    const orderId = orderReading.orderId;
    if (orderId === null) continue;
    orders.set(orderId, mergeOrderReading(orders.get(orderId), orderReading, { readAt: reading.readAt, channelId }));
  }

  const ctx = { readAt: reading.readAt, channelId, url: reading.url };
  for (const disputeReading of disputeReadings) {
    const disputeId = disputeReading.disputeId;
    if (disputeId === null) continue;
    const merged = mergeDisputeReading(working.get(disputeId), disputeReading, ctx);
    working.set(disputeId, merged.record);
    newEvents.push(...merged.events);
  }

  // Orders enrich their disputes, whichever of the two this reading brought.
  for (const [disputeId, record] of working) {
    const order = record.orderId === null ? undefined : orders.get(record.orderId);
    if (order !== undefined) working.set(disputeId, enrichDisputeFromOrder(record, order));
  }

  if (isCompleteList) {
    const seen = new Set(readDisputeIds);
    const readAtMs = Date.parse(reading.readAt);
    for (const row of channelDisputes) {
      const record = working.get(row.disputeId) ?? row;
      if (seen.has(record.disputeId) || FINISHED_STATUSES.includes(record.status)) continue;
      // Marked once; and a list older than the dispute's last sighting proves nothing (two tabs).
      if (record.notSeenSince !== null || readAtMs <= Date.parse(record.lastSeenAt)) continue;
      working.set(record.disputeId, { ...record, notSeenSince: reading.readAt });
      newEvents.push({ disputeId: record.disputeId, kind: "not-seen", at: reading.readAt, seenAt: reading.readAt });
    }
  }

  const writes: Promise<unknown>[] = [];
  for (const [disputeId, record] of working) {
    const previous = before.get(disputeId);
    if (previous !== undefined && record === previous) continue;
    const stored = toStoredDispute(record, now, settings);
    if (previous === undefined) {
      result.created += 1;
      result.disputeIds.push(disputeId);
    } else if (!isSameData(withoutSighting(previous), withoutSighting(stored))) {
      result.updated += 1;
      result.disputeIds.push(disputeId);
    }
    writes.push(disputeStore.put(stored));
  }
  for (const [orderId, order] of orders) {
    const previous = ordersBefore.get(orderId);
    if (previous !== undefined && order === previous) continue;
    if (previous === undefined || !isSameData(withoutSighting(previous), withoutSighting(order))) {
      result.orderIds.push(orderId);
    }
    writes.push(orderStore.put(order));
  }
  const eventStore = tx.objectStore("events");
  for (const event of newEvents) writes.push(eventStore.add(event));
  result.events = newEvents.length;

  for (const listRead of nextListReads(listReads, channelKey, reading, isList, isCompleteList)) {
    writes.push(listReadStore.put(listRead));
  }

  await Promise.all([...writes, tx.done]);
  return result;
}

/** List freshness per store; any good reading ends a login-expired notice it postdates. */
function nextListReads(
  known: readonly ListReadStatus[],
  channelKey: string,
  reading: PageReading,
  isList: boolean,
  isCompleteList: boolean,
): ListReadStatus[] {
  const changed: ListReadStatus[] = [];
  const readAtMs = Date.parse(reading.readAt);
  for (const row of known) {
    if (row.channelId === channelKey) continue;
    if (row.loginExpiredAt !== null && Date.parse(row.loginExpiredAt) < readAtMs) {
      changed.push({ ...row, loginExpiredAt: null });
    }
  }
  const own = known.find((row) => row.channelId === channelKey);
  if (!isList && own === undefined) return changed;
  const next: ListReadStatus = { ...(own ?? emptyListRead(channelKey)) };
  if (isList) next.lastReadAt = latest(next.lastReadAt, reading.readAt);
  if (isCompleteList) next.lastCompleteReadAt = latest(next.lastCompleteReadAt, reading.readAt);
  if (next.loginExpiredAt !== null && Date.parse(next.loginExpiredAt) < readAtMs) next.loginExpiredAt = null;
  if (own === undefined || !isSameData(own, next)) changed.push(next);
  return changed;
}

function emptyListRead(channelId: string): ListReadStatus {
  return { channelId, lastReadAt: null, lastCompleteReadAt: null, loginExpiredAt: null };
}

function channelIdOfUrl(url: string): string | null {
  try {
    const value = new URL(url).searchParams.get("channelId");
    return value === null || value === "" ? null : value;
  } catch {
    return null;
  }
}

function latest(known: string | null, candidate: string): string {
  return known !== null && Date.parse(known) >= Date.parse(candidate) ? known : candidate;
}

function unique(values: readonly (string | null)[]): string[] {
  const set = new Set<string>();
  for (const value of values) if (value !== null) set.add(value);
  return [...set];
}

/** The facts of a row, without the times that change on every sighting. */
function withoutSighting<T extends { lastSeenAt: string }>(row: T): Omit<T, "lastSeenAt" | "firstSeenAt" | "url"> {
  const { lastSeenAt: _lastSeenAt, firstSeenAt: _firstSeenAt, url: _url, ...facts } = row as T & {
    firstSeenAt?: string;
    url?: string | null;
  };
  return facts;
}

/** Deep equality for the plain, cloneable data stored here (objects, arrays, primitives). */
function isSameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aEntries = Object.entries(a).filter(([, value]) => value !== undefined);
  const bEntries = Object.entries(b).filter(([, value]) => value !== undefined);
  if (aEntries.length !== bEntries.length) return false;
  const bMap = new Map(bEntries);
  return aEntries.every(([key, value]) => bMap.has(key) && isSameData(value, bMap.get(key)));
}
