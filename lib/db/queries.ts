// Reads and small writes on the database, for the background, the popup and the options page.
// Readings themselves are stored by lib/tracker/apply-reading.ts.
import type { IDBPDatabase } from "idb";
import {
  DEFAULT_SETTINGS,
  FINISHED_STATUSES,
  type DisputeEvent,
  type ListReadStatus,
  type OrderRecord,
  type SentReminder,
  type Settings,
} from "../model";
import { SETTINGS_KEY, type SentinelDb, type StoredDispute } from "./schema";

type Db = IDBPDatabase<SentinelDb>;

export function getAllDisputes(db: Db): Promise<StoredDispute[]> {
  return db.getAll("disputes");
}

export function getDispute(db: Db, disputeId: string): Promise<StoredDispute | undefined> {
  return db.get("disputes", disputeId);
}

export function getAllOrders(db: Db): Promise<OrderRecord[]> {
  return db.getAll("orders");
}

export interface UrgentDispute {
  dispute: StoredDispute;
  /** The stored next seller deadline (ISO UTC). */
  dueAt: string;
  /** Milliseconds from `now` to it; negative when overdue. */
  msLeft: number;
}

/**
 * Open disputes with a known next seller deadline, soonest first, overdue ones included. Walks the
 * `by-next-deadline` index from its start and stops after `limit`, so 50 of 5,000 reads about 50 rows.
 */
export async function getMostUrgent(db: Db, limit: number, now: Date): Promise<UrgentDispute[]> {
  const urgent: UrgentDispute[] = [];
  if (limit <= 0) return urgent;
  const nowMs = now.getTime();
  const tx = db.transaction("disputes", "readonly");
  let cursor = await tx.store.index("by-next-deadline").openCursor();
  while (cursor !== null && urgent.length < limit) {
    const dispute = cursor.value;
    const dueAt = dispute.nextSellerDeadline;
    // A finished dispute has no clock (DOMAIN.md §1); its row is rewritten without one, this is a guard.
    if (dueAt !== undefined && !FINISHED_STATUSES.includes(dispute.status)) {
      urgent.push({ dispute, dueAt, msLeft: Date.parse(dueAt) - nowMs });
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return urgent;
}

/** The dispute's timeline, oldest first (ties in the order they were learnt). */
export async function getTimeline(db: Db, disputeId: string): Promise<DisputeEvent[]> {
  const events = await db.getAllFromIndex("events", "by-dispute", disputeId);
  return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id ?? 0) - (b.id ?? 0));
}

/** Stored settings over the defaults, so a setting added in a later release has its default. */
export async function getSettings(db: Db): Promise<Settings> {
  return withDefaults(await db.get("settings", SETTINGS_KEY));
}

/** Merges `changes` into the stored settings in one transaction and returns the result. */
export async function saveSettings(db: Db, changes: Partial<Settings>): Promise<Settings> {
  const tx = db.transaction("settings", "readwrite");
  const merged = withDefaults({ ...withDefaults(await tx.store.get(SETTINGS_KEY)), ...changes });
  await Promise.all([tx.store.put(merged, SETTINGS_KEY), tx.done]);
  return merged;
}

function withDefaults(stored: Partial<Settings> | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    quietHours: { ...DEFAULT_SETTINGS.quietHours, ...stored?.quietHours },
    ruleHours: { ...DEFAULT_SETTINGS.ruleHours, ...stored?.ruleHours },
  };
}

/** Every store a stored dispute belongs to, once each (walks the by-channel index's keys only). */
export async function getDisputeChannelIds(db: Db): Promise<string[]> {
  const channelIds: string[] = [];
  const tx = db.transaction("disputes");
  let cursor = await tx.store.index("by-channel").openKeyCursor(null, "nextunique");
  while (cursor !== null) {
    channelIds.push(String(cursor.key));
    cursor = await cursor.continue();
  }
  await tx.done;
  return channelIds;
}

export function getListReads(db: Db): Promise<ListReadStatus[]> {
  return db.getAll("listReads");
}

export function getSentReminders(db: Db): Promise<SentReminder[]> {
  return db.getAll("reminders");
}

/** Records reminders as shown, all in one transaction (one notification per dispute per threshold). */
export async function recordSentReminders(db: Db, reminders: readonly SentReminder[]): Promise<void> {
  const tx = db.transaction("reminders", "readwrite");
  await Promise.all([...reminders.map((reminder) => tx.store.put(reminder)), tx.done]);
}

/** The seller's own marks on a dispute; never touched by readings. */
export interface SellerMarks {
  /** Ticks to set; items not named keep their tick. */
  checklist?: Record<string, boolean>;
  handled?: boolean;
  note?: string;
  snoozedUntil?: string | null;
  buyerLanguage?: string | null;
}

/** Applies the seller's marks in one transaction; undefined when the dispute is not stored. */
export async function updateSellerMarks(
  db: Db,
  disputeId: string,
  marks: SellerMarks,
): Promise<StoredDispute | undefined> {
  const tx = db.transaction("disputes", "readwrite");
  const stored = await tx.store.get(disputeId);
  if (stored === undefined) {
    await tx.done;
    return undefined;
  }
  const updated: StoredDispute = {
    ...stored,
    checklist: marks.checklist === undefined ? stored.checklist : { ...stored.checklist, ...marks.checklist },
    handled: marks.handled ?? stored.handled,
    note: marks.note ?? stored.note,
    snoozedUntil: marks.snoozedUntil === undefined ? stored.snoozedUntil : marks.snoozedUntil,
    buyerLanguage: marks.buyerLanguage === undefined ? stored.buyerLanguage : marks.buyerLanguage,
  };
  await Promise.all([tx.store.put(updated), tx.done]);
  return updated;
}
