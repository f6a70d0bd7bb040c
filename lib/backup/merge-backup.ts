// Merging an imported dispute into the one we hold: the newer reading wins, the seller's own marks are kept.
import type { DisputeRecord } from "../model";

function mergeNotes(ours: string, theirs: string): string {
  if (!theirs || ours.includes(theirs)) return ours;
  if (!ours || theirs.includes(ours)) return theirs;
  return `${ours}\n${theirs}`;
}

export function mergeImportedDispute(existing: DisputeRecord | undefined, imported: DisputeRecord): DisputeRecord {
  if (!existing) return imported;
  const newer = Date.parse(imported.lastSeenAt) > Date.parse(existing.lastSeenAt) ? imported : existing;
  const checklist: Record<string, boolean> = { ...existing.checklist };
  for (const [item, ticked] of Object.entries(imported.checklist)) checklist[item] = (checklist[item] ?? false) || ticked;
  return {
    ...newer,
    firstSeenAt: Date.parse(imported.firstSeenAt) < Date.parse(existing.firstSeenAt) ? imported.firstSeenAt : existing.firstSeenAt,
    checklist,
    handled: existing.handled || imported.handled,
    note: mergeNotes(existing.note, imported.note),
    buyerLanguage: newer.buyerLanguage ?? existing.buyerLanguage ?? imported.buyerLanguage,
  };
}
