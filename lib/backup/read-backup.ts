// Reads a backup file's text into the current version, or says exactly why not. Pure: nothing is written here,
// so a refused file cannot have changed anything.
import { emptyDisputeRecord, type DisputeRecord } from "../model";
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_CHARS,
  backupSchemaV1,
  backupSchemaV2,
  backupSchemaV3,
  backupSchemaV4,
  type BackupV1,
  type BackupV2,
  type BackupV3,
  type BackupV4,
} from "./backup-schema";
import { problemFromIssues, type BackupProblem } from "./backup-problem";

/** Keys that would reach an object's prototype if the data were ever spread or merged carelessly. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** A file read and checked, in the current version's shape. */
export type Backup = BackupV4;
export type BackupReadResult = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

class ForbiddenKeyError extends Error {
  constructor(readonly key: string) {
    super(`forbidden key "${key}"`);
  }
}

export function migrateBackupV1(v1: BackupV1): BackupV2 {
  return {
    ...v1,
    version: 2,
    disputes: v1.disputes.map((d): DisputeRecord => ({
      ...emptyDisputeRecord(d.disputeId, d.firstSeenAt),
      orderId: d.orderId,
      status: d.status,
      reason: d.reason,
      // A v1 deadline was read from the page under the status it was saved with.
      pageDeadline: d.deadline ? { at: d.deadline, text: null, readAt: d.lastSeenAt, status: d.status } : null,
      lastSeenAt: d.lastSeenAt,
      note: d.note,
    })),
  };
}

/** v2 files had neither orders nor timelines; their settings lack the later ones, which keep the profile's values. */
export function migrateBackupV2(v2: BackupV2): BackupV3 {
  return { ...v2, version: 3, orders: [], events: [] };
}

/** v1–v3 files had no reply templates: the importing profile's stay as they are. */
export function migrateBackupV3(v3: BackupV3): BackupV4 {
  return { ...v3, version: 4, replyTemplates: [] };
}

/**
 * Text that stops inside a string or with brackets still open was cut off (a partial download or copy):
 * worth saying so, rather than only "not JSON". Checked only once JSON.parse has failed.
 */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
  }
  return inString || depth > 0;
}

function parseJson(text: string): { ok: true; data: unknown } | { ok: false; problem: BackupProblem } {
  try {
    // The reviver sees every key, however deep, before the object holding it is returned.
    const data: unknown = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
      return value;
    });
    return { ok: true, data };
  } catch (error) {
    if (error instanceof ForbiddenKeyError) return { ok: false, problem: { kind: "forbidden-key", key: error.key } };
    const trimmed = text.trim();
    return { ok: false, problem: { kind: "not-json", truncated: trimmed.startsWith("{") && looksTruncated(trimmed) } };
  }
}

export function readBackup(text: string): BackupReadResult {
  if (text.length > MAX_BACKUP_CHARS) return { ok: false, problem: { kind: "too-large", limitMb: MAX_BACKUP_CHARS / 1_000_000 } };
  const parsedJson = parseJson(text);
  if (!parsedJson.ok) return parsedJson;
  const data = parsedJson.data;
  if (typeof data !== "object" || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, problem: { kind: "not-backup" } };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) return { ok: false, problem: { kind: "no-version" } };
  if (version > BACKUP_VERSION) return { ok: false, problem: { kind: "newer-version", fileVersion: version, readsUpTo: BACKUP_VERSION } };

  let backup: Backup;
  if (version === 1) {
    const parsed = backupSchemaV1.safeParse(data, { reportInput: true });
    if (!parsed.success) return { ok: false, problem: problemFromIssues(parsed.error.issues, data) };
    backup = migrateBackupV3(migrateBackupV2(migrateBackupV1(parsed.data)));
  } else if (version === 2) {
    const parsed = backupSchemaV2.safeParse(data, { reportInput: true });
    if (!parsed.success) return { ok: false, problem: problemFromIssues(parsed.error.issues, data) };
    backup = migrateBackupV3(migrateBackupV2(parsed.data));
  } else if (version === 3) {
    const parsed = backupSchemaV3.safeParse(data, { reportInput: true });
    if (!parsed.success) return { ok: false, problem: problemFromIssues(parsed.error.issues, data) };
    backup = migrateBackupV3(parsed.data);
  } else {
    const parsed = backupSchemaV4.safeParse(data, { reportInput: true });
    if (!parsed.success) return { ok: false, problem: problemFromIssues(parsed.error.issues, data) };
    backup = parsed.data;
  }

  const disputeIds = new Set<string>();
  for (const dispute of backup.disputes) {
    if (disputeIds.has(dispute.disputeId)) return { ok: false, problem: { kind: "duplicate-id", section: "disputes", id: dispute.disputeId } };
    disputeIds.add(dispute.disputeId);
  }
  const orderIds = new Set<string>();
  for (const order of backup.orders) {
    if (orderIds.has(order.orderId)) return { ok: false, problem: { kind: "duplicate-id", section: "orders", id: order.orderId } };
    orderIds.add(order.orderId);
  }
  const templateKeys = new Set<string>();
  for (const template of backup.replyTemplates) {
    if (templateKeys.has(template.key)) return { ok: false, problem: { kind: "duplicate-id", section: "replyTemplates", id: template.key } };
    templateKeys.add(template.key);
  }
  // An export writes a dispute's timeline with it; an event of a dispute the file lacks means a hand-edited file.
  const orphan = backup.events.findIndex((event) => !disputeIds.has(event.disputeId));
  if (orphan >= 0) return { ok: false, problem: { kind: "event-without-dispute", index: orphan, disputeId: backup.events[orphan]?.disputeId ?? "" } };
  return { ok: true, backup };
}
