// Reads a backup file's text into the current version, or says exactly why not. Pure: nothing is written here.
import { z } from "zod";
import { emptyDisputeRecord, type DisputeRecord } from "../model";
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_CHARS, backupSchemaV1, backupSchemaV2, type BackupV1, type BackupV2 } from "./backup-schema";

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export type BackupReadResult = { ok: true; backup: BackupV2 } | { ok: false; reason: string };

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`)
    .join("; ");
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

export function readBackup(text: string): BackupReadResult {
  if (text.length > MAX_BACKUP_CHARS) return { ok: false, reason: `The file is larger than ${MAX_BACKUP_CHARS / 1_000_000} MB: not a Dispute Sentinel backup.` };
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new Error(`forbidden key "${key}"`);
      return value;
    });
  } catch (error) {
    return { ok: false, reason: `The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (typeof data !== "object" || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, reason: "This is not a Dispute Sentinel backup file." };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) return { ok: false, reason: "The backup has no valid version number." };
  if (version > BACKUP_VERSION) return { ok: false, reason: `The backup was made by a newer version of Dispute Sentinel (file version ${version}, this one reads up to ${BACKUP_VERSION}). Update the extension first.` };
  let backup: BackupV2;
  if (version === 1) {
    const parsed = backupSchemaV1.safeParse(data);
    if (!parsed.success) return { ok: false, reason: `The backup is damaged: ${describeIssues(parsed.error)}.` };
    backup = migrateBackupV1(parsed.data);
  } else {
    const parsed = backupSchemaV2.safeParse(data);
    if (!parsed.success) return { ok: false, reason: `The backup is damaged: ${describeIssues(parsed.error)}.` };
    backup = parsed.data;
  }
  const seen = new Set<string>();
  for (const dispute of backup.disputes) {
    if (seen.has(dispute.disputeId)) return { ok: false, reason: `The backup lists dispute ${dispute.disputeId} twice.` };
    seen.add(dispute.disputeId);
  }
  return { ok: true, backup };
}
