// A dispute's timeline as the seller center's own call returns it (DOMAIN.md §3,
// …reverse.reverseOrderLineHistoryRender: {actionTime, actionType, processSolutions[]{actionOwner, …}}).
// Built from field names only: a buyer entry here restarts R-RESPOND (DOMAIN.md §1), so an entry
// whose time or actor cannot be read is never invented.
import type { HistoryEntry } from "../../model";
import { isRecord, readText, readTime, walkJson } from "./json-fields";

export interface DisputeHistoryJsonReading {
  entries: HistoryEntry[];
  warnings: string[];
}

const OWNER_ACTORS: Readonly<Record<string, HistoryEntry["actor"]>> = {
  BUYER: "buyer",
  SELLER: "seller",
  CUSTOMER_SERVICE: "platform",
  SYSTEM: "platform",
  PLATFORM: "platform",
  CS: "platform",
};

function actorOfOwner(owner: string | null): HistoryEntry["actor"] | null {
  return owner === null ? null : (OWNER_ACTORS[owner.toUpperCase()] ?? null);
}

/** "BUYER_MODIFY_SOLUTION", "买家修改了纠纷方案": the actor named in an action's own text. */
function actorOfActionText(text: string | null): HistoryEntry["actor"] | null {
  if (text === null) return null;
  if (/^BUYER|买家|^buyer/i.test(text)) return "buyer";
  if (/^SELLER|卖家|^seller/i.test(text)) return "seller";
  if (/^(?:SYSTEM|PLATFORM|CUSTOMER_SERVICE|CS)(?:_|$)|平台|^aliexpress/i.test(text)) return "platform";
  return null;
}

/** The list of timeline entries: the first array whose items carry `actionTime`. */
function findEntries(data: unknown): unknown[] {
  let found: unknown[] = [];
  walkJson(data, (value) => {
    if (found.length > 0) return true;
    if (Array.isArray(value) && value.some((item) => isRecord(item) && item.actionTime !== undefined)) found = value;
    return found.length > 0;
  });
  return found;
}

/** Reads the `data` of a reverseOrderLineHistoryRender response, oldest entry first. Never throws. */
export function readDisputeHistoryJson(data: unknown, zone: string): DisputeHistoryJsonReading {
  const warnings: string[] = [];
  const entries: HistoryEntry[] = [];
  const items = findEntries(data);
  if (items.length === 0) warnings.push("dispute history: no entries with actionTime found");
  for (const item of items) {
    if (!isRecord(item)) {
      warnings.push("dispute history: an entry is not an object; skipped");
      continue;
    }
    const at = readTime(item.actionTime, zone);
    if (at === null) {
      warnings.push("dispute history: an entry without a readable actionTime; skipped");
      continue;
    }
    const solutions = Array.isArray(item.processSolutions) ? item.processSolutions.filter(isRecord) : [];
    const owners = [...new Set(solutions.map((solution) => actorOfOwner(readText(solution.actionOwner))).filter((actor) => actor !== null))];
    const actionType = readText(item.actionType);
    // Owners that disagree within one entry leave the actor unknown rather than picking one.
    const actor = owners.length === 1 ? owners[0] : owners.length > 1 ? null : actorOfActionText(actionType);
    const details = solutions.flatMap((solution) => [readText(solution.actionPlan), readText(solution.actionComment)]);
    const text = [actionType, readText(item.applyReason), ...details].filter((part) => part !== null).join(" · ");
    entries.push({ at: at.iso, actor: actor ?? "unknown", text });
  }
  entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { entries, warnings };
}
