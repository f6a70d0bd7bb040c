// Dispute detail (csp /m_apps/dispute-management/detail?reverseOrderLineId=…, trade issue_detail.htm?issueId=…).
import type { DisputeReading, HistoryEntry } from "../model";
import { disputeIdFromUrl } from "../page/detect";
import { HISTORY_ACTORS, HISTORY_TITLES, type LabelConcept } from "../page/labels";
import { phraseDeadlineTexts } from "./deadline-phrases";
import { addField, addPairs, ambiguityWarning, bagFromRow, disputeFromBag, type FieldBag } from "./fields";
import { readLabelValues, type LabelValue } from "./label-values";
import { normalizeStatus } from "./normalize";
import { CONTROLS } from "../page/selectors";
import { readTables } from "./table";
import { normalizeLabel, parseDateTime } from "./text";
import { collectTextRuns, joinRuns, type TextRun } from "./text-runs";

export interface DetailParse<T> {
  records: T[];
  warnings: string[];
  /** Any labelled field was found (else the page has not rendered yet). */
  structureFound: boolean;
}

const SOLUTION_OWNERS: ReadonlySet<LabelConcept> = new Set(["buyerSolution", "sellerSolution", "platformSolution"]);

function lowestCommonAncestor(a: Node, b: Node): Node | null {
  for (let current: Node | null = a; current !== null; current = current.parentNode) {
    if (current.contains(b)) return current;
  }
  return null;
}

/**
 * Whose solution block a refund amount sits in (DOMAIN.md §3: 买家方案 / 卖家方案 / 平台方案):
 * the nearest solution label before it that shares a block with it holding no other side's label.
 */
function solutionOwner(pair: LabelValue, pairs: readonly LabelValue[]): LabelConcept | null {
  const index = pairs.indexOf(pair);
  const owners = pairs.filter((p) => SOLUTION_OWNERS.has(p.concept));
  for (let i = index - 1; i >= 0; i--) {
    const candidate = pairs[i];
    if (!candidate || !SOLUTION_OWNERS.has(candidate.concept)) continue;
    const ancestor = lowestCommonAncestor(candidate.labelRun.node, pair.labelRun.node);
    if (!ancestor) return null;
    const others = owners.filter((o) => o !== candidate && ancestor.contains(o.labelRun.node));
    return others.length === 0 ? candidate.concept : null;
  }
  return null;
}

const HISTORY_TITLE_SET = new Set(HISTORY_TITLES.map((t) => normalizeLabel(t)));
const HEADING = /^H[1-6]$/;

function actorOf(text: string): HistoryEntry["actor"] {
  const lower = normalizeLabel(text);
  let best: { actor: HistoryEntry["actor"]; at: number } = { actor: "unknown", at: Number.POSITIVE_INFINITY };
  for (const actor of ["buyer", "seller", "platform"] as const) {
    for (const word of HISTORY_ACTORS[actor]) {
      const at = lower.indexOf(word);
      if (at >= 0 && at < best.at) best = { actor, at };
    }
  }
  return best.actor;
}

/** The entry's words without its leading time ("2026/11/17 03:13:51 买家发起纠纷" → "买家发起纠纷"). */
function entryWords(text: string): string {
  const time = /\d{1,2}:\d{2}(?::\d{2})?(?:\s*\(?(?:GMT|UTC)\s*[+-]\d{1,2}(?::?\d{2})?\)?|\s*PST|\s*PDT|\s*北京时间|\s*太平洋时间)?\.?/.exec(text);
  if (time && time.index < 40) {
    const rest = text.slice(time.index + time[0].length).trim();
    if (rest !== "") return rest;
  }
  return text;
}

function historyEntries(element: Element, zone: string, out: HistoryEntry[], ambiguousTexts?: string[]): void {
  const text = joinRuns(collectTextRuns(element));
  if (!parseDateTime(text, zone)) return;
  const dated = Array.from(element.children).filter((child) => parseDateTime(joinRuns(collectTextRuns(child)), zone) !== null);
  if (dated.length >= 2) {
    for (const child of dated) historyEntries(child, zone, out, ambiguousTexts);
    return;
  }
  // A wrapper around the entries (<table><tbody>, <div><ul>): look inside it.
  const only = dated[0];
  if (only && joinRuns(collectTextRuns(only)) === text) {
    historyEntries(only, zone, out, ambiguousTexts);
    return;
  }
  const at = parseDateTime(text, zone);
  if (!at) return;
  if (at.ambiguous) ambiguousTexts?.push(`history entry "${text}"`);
  const words = entryWords(text);
  out.push({ at: at.iso, actor: actorOf(words), text: words });
}

/** The history block (纠纷历史 / 协商历史 / Dispute history): entries after its title, up to the next heading. */
export function readHistory(runs: readonly TextRun[], zone: string, ambiguousTexts?: string[]): HistoryEntry[] {
  const titleIndex = runs.findIndex((run) => HISTORY_TITLE_SET.has(normalizeLabel(run.text)));
  const titleRun = runs[titleIndex];
  if (!titleRun) return [];
  const previous = runs[titleIndex - 1];
  const next = runs[titleIndex + 1];
  let title: Element = titleRun.element;
  while (title.parentElement && !(previous && title.parentElement.contains(previous.node)) && !(next && title.parentElement.contains(next.node))) {
    title = title.parentElement;
  }
  const entries: HistoryEntry[] = [];
  // The entries follow the title as siblings; if the title is alone in its wrapper, look one level up.
  for (let scope: Element | null = title, level = 0; scope !== null && level < 2 && entries.length === 0; scope = scope.parentElement, level++) {
    for (let sibling = scope.nextElementSibling; sibling !== null; sibling = sibling.nextElementSibling) {
      if (HEADING.test(sibling.tagName.toUpperCase())) break;
      historyEntries(sibling, zone, entries, ambiguousTexts);
    }
  }
  return entries;
}

/** A status shown without a label (a badge beside the title): only an exact known status text. */
function unlabelledStatus(runs: readonly TextRun[], pairs: readonly LabelValue[]): string | null {
  const taken = new Set<TextRun>();
  for (const pair of pairs) {
    // "Order status: Closed" is the order's, whatever its words say.
    taken.add(pair.labelRun);
    for (const run of pair.valueRuns) taken.add(run);
  }
  const run = runs.find(
    (r) => !taken.has(r) && r.text.length <= 40 && normalizeStatus(r.text) !== "unknown" && !/\d/.test(r.text) && r.element.closest(CONTROLS) === null,
  );
  return run ? run.text : null;
}

export function parseDisputeDetail(root: ParentNode & Node, url: string, now: Date, zone: string): DetailParse<DisputeReading> {
  const runs = collectTextRuns(root);
  const pairs = readLabelValues(root, runs);
  const bag: FieldBag = new Map();
  // The seller's and the platform's refund amounts are not what the buyer asks for.
  addPairs(
    bag,
    pairs.filter((pair) => {
      if (pair.concept !== "refund") return true;
      const owner = solutionOwner(pair, pairs);
      return owner === null || owner === "buyerSolution";
    }),
  );
  // A horizontal table (header row + one value row) on a detail page adds its cells.
  for (const grid of readTables(root)) {
    if (grid.rows.length !== 1 || !grid.rows[0]) continue;
    for (const [concept, values] of bagFromRow(grid.rows[0], zone)) for (const value of values) addField(bag, concept, value);
  }
  const ambiguousHistory: string[] = [];
  const history = readHistory(runs, zone, ambiguousHistory);
  if (!bag.has("status")) {
    // The status may be drawn as a badge beside the title; never the order block's 订单状态 (excluded: it is a labelled value).
    const historyRuns = new Set(history.map((h) => h.text));
    const badge = unlabelledStatus(runs.filter((r) => !historyRuns.has(r.text)), pairs);
    if (badge) addField(bag, "status", { text: badge, runs: runs.filter((r) => r.text === badge).slice(0, 1) });
  }
  const build = disputeFromBag(bag, disputeIdFromUrl(url), { now, zone }, phraseDeadlineTexts(runs, pairs));
  if (history.length > 0) build.dispute.history = history;
  const { disputeId, shownDisputeId, orderId } = build.dispute;
  for (const text of ambiguousHistory) build.warnings.push(ambiguityWarning(`dispute ${disputeId ?? shownDisputeId ?? orderId ?? "(no id)"}`, text));
  return { records: [build.dispute], warnings: build.warnings, structureFound: pairs.length > 0 };
}
