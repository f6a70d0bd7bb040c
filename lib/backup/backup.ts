// Export and import of the whole picture as one JSON file (DESIGN.md "Backup file").
import type { IDBPDatabase } from "idb";
import type { DisputeRecord, Settings } from "../model";
import type { ImportOutcome } from "../messages";
import type { SentinelDb } from "../db/schema";
import { SETTINGS_KEY } from "../db/schema";
import { getAllDisputes, getSettings } from "../db/queries";
import { toStoredDispute } from "../db/to-stored-dispute";
import { BACKUP_FORMAT, BACKUP_VERSION } from "./backup-schema";
import { mergeImportedDispute } from "./merge-backup";
import { readBackup } from "./read-backup";

export async function buildBackup(db: IDBPDatabase<SentinelDb>, now: Date): Promise<{ json: string; fileName: string }> {
  const [stored, settings] = await Promise.all([getAllDisputes(db), getSettings(db)]);
  const disputes: DisputeRecord[] = stored.map((row) => {
    const { nextSellerDeadline: _derived, ...record } = row as DisputeRecord & { nextSellerDeadline?: string };
    return record;
  });
  const file = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), disputes, settings };
  return { json: JSON.stringify(file, null, 1), fileName: `dispute-sentinel-backup-${now.toISOString().slice(0, 10)}.json` };
}

export async function importBackup(db: IDBPDatabase<SentinelDb>, text: string, now: Date): Promise<ImportOutcome> {
  const read = readBackup(text);
  if (!read.ok) return { ok: false, message: read.reason };
  const { backup } = read;
  const settings: Settings = backup.settings;
  // One transaction: either every dispute and the settings land, or nothing does.
  const tx = db.transaction(["disputes", "settings"], "readwrite");
  const disputes = tx.objectStore("disputes");
  const existing = await Promise.all(backup.disputes.map((d) => disputes.get(d.disputeId)));
  let created = 0;
  let updated = 0;
  const writes: Promise<unknown>[] = [];
  backup.disputes.forEach((imported, index) => {
    const current = existing[index];
    if (current) updated++;
    else created++;
    writes.push(disputes.put(toStoredDispute(mergeImportedDispute(current, imported), now, settings)));
  });
  writes.push(tx.objectStore("settings").put(settings, SETTINGS_KEY));
  await Promise.all([...writes, tx.done]);
  return { ok: true, message: `Imported ${backup.disputes.length} disputes (${created} new, ${updated} merged).`, created, updated };
}
