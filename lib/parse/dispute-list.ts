// Dispute list (csp /m_apps/dispute-management/list, trade issue_list.htm): one DisputeReading per row.
import { upperTagName } from "../page/tag-name";
import type { DisputeReading } from "../model";
import type { LabelConcept } from "../page/labels";
import { addPairs, bagFromRow, disputeFromBag, type DisputeBuild, type FieldBag, type ReadContext } from "./fields";
import { phraseDeadlineTexts } from "./deadline-phrases";
import { readLabelValues } from "./label-values";
import { collectTextRuns } from "./text-runs";
import { disputeLinks, findRecordBlocks, type KeyedElement } from "./record-blocks";
import { readTablesInSteps, type TableGrid } from "./table";
import { runSteps, SliceCounter, type Steps } from "./steps";
import { findIds } from "./text";

export interface ListParse<T> {
  records: T[];
  warnings: string[];
  /** A table header or record blocks were found (so zero records means empty or not rendered yet). */
  structureFound: boolean;
}

const DISPUTE_COLUMNS: readonly LabelConcept[] = ["disputeId", "orderId", "status", "reason", "refund", "buyerSolution", "opened", "deadline", "product", "buyer"];

function isDisputeGrid(grid: TableGrid): boolean {
  return grid.columns.filter((c) => c !== null && DISPUTE_COLUMNS.includes(c)).length >= 2;
}

/** Merge readings of the same dispute (a pinned-column copy, a card drawn twice): the first value wins, nulls are filled. */
export function mergeDisputes(readings: readonly DisputeReading[]): DisputeReading[] {
  const byId = new Map<string, DisputeReading>();
  const result: DisputeReading[] = [];
  for (const reading of readings) {
    const key = reading.disputeId;
    const existing = key === null ? undefined : byId.get(key);
    if (!existing) {
      result.push(reading);
      if (key !== null) byId.set(key, reading);
      continue;
    }
    const target: Record<string, unknown> = existing as unknown as Record<string, unknown>;
    for (const [field, value] of Object.entries(reading)) {
      if ((target[field] === null || target[field] === "unknown" || target[field] === undefined) && value !== null && value !== undefined) target[field] = value;
    }
  }
  return result;
}

function fromBlocks(root: ParentNode & Node, url: string, context: ReadContext): { builds: DisputeBuild[]; found: boolean } {
  let anchors: KeyedElement[] = disputeLinks(root, url);
  let fromLinks = true;
  if (anchors.length === 0) {
    // No detail links: the blocks are keyed by a shown dispute number.
    fromLinks = false;
    anchors = readLabelValues(root)
      .filter((pair) => pair.concept === "disputeId")
      .flatMap((pair) => {
        const id = findIds(pair.value)[0];
        return id ? [{ element: pair.labelRun.element, key: id }] : [];
      });
  }
  const blocks = findRecordBlocks(root, anchors);
  const builds = blocks.map((block) => {
    const bag: FieldBag = new Map();
    const runs = collectTextRuns(block.element);
    const pairs = readLabelValues(block.element, runs);
    addPairs(bag, pairs);
    // A card may say its deadline in words ("Respond within 4 days 23 hours") instead of under a label.
    return disputeFromBag(bag, fromLinks ? block.key : null, context, phraseDeadlineTexts(runs, pairs, block.element));
  });
  return { builds, found: blocks.length > 0 };
}

export function parseDisputeList(root: ParentNode & Node, url: string, now: Date, zone: string): ListParse<DisputeReading> {
  return runSteps(parseDisputeListInSteps(root, url, now, zone, new SliceCounter(0)));
}

/** parseDisputeList, pausing after every slice of rows `slices` counts. */
export function* parseDisputeListInSteps(root: ParentNode & Node, url: string, now: Date, zone: string, slices: SliceCounter, onTables?: (grids: readonly TableGrid[]) => void): Steps<ListParse<DisputeReading>> {
  const context: ReadContext = { now, zone };
  const grids = (yield* readTablesInSteps(root, slices)).filter(isDisputeGrid);
  onTables?.(grids);
  if (slices.enabled) yield;
  // One pass over the detail links: each row (and a row around a nested table's row) gets the first link it holds,
  // as linkedDisputeId(row) would, without one query per row. Grid rows are never inside a hidden element, so a link
  // visible from the root is visible from its row and the other way round.
  const linkOfRow = new Map<Element, string>();
  // Ancestors an earlier link already climbed through hold that earlier link: the climb stops there.
  const climbed = new Set<Element>();
  for (const link of disputeLinks(root, url)) {
    for (let current = link.element.parentElement; current !== null && current !== root && !climbed.has(current); current = current.parentElement) {
      climbed.add(current);
      if (upperTagName(current) === "TR") linkOfRow.set(current, link.key);
    }
  }
  if (slices.enabled) yield;
  let builds: DisputeBuild[] = [];
  for (const grid of grids) {
    for (const row of grid.rows) {
      builds.push(disputeFromBag(bagFromRow(row, zone), linkOfRow.get(row.element) ?? null, context));
      // The first row also compiles the value patterns (≈ 30 ms in a fresh page): a slice of its own.
      if (slices.tick() || (slices.enabled && builds.length === 1)) yield;
    }
  }
  let structureFound = grids.length > 0;
  // A row with no id of any kind is a summary or decoration row, not a dispute.
  builds = builds.filter((b) => b.dispute.disputeId !== null || b.dispute.orderId !== null);
  if (builds.length === 0) {
    const blocks = fromBlocks(root, url, context);
    builds = blocks.builds.filter((b) => (b.dispute.disputeId !== null || b.dispute.orderId !== null));
    structureFound = structureFound || blocks.found;
  }
  const records = mergeDisputes(builds.map((b) => b.dispute));
  const warnings = builds.flatMap((b) => b.warnings);
  return { records, warnings, structureFound };
}
