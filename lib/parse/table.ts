// Tables read by their column headers (DOMAIN.md §3): header and body as separate <table>s (Fusion Next / AIT),
// pinned columns drawn twice in lock tables (same rows, not more), expanded <td colspan> rows under a row.
import { upperTagName } from "../page/tag-name";
import type { LabelConcept } from "../page/labels";
import { conceptOfLabel } from "./label-values";
import { isHiddenElement } from "../page/selectors";
import { collectTextRunsOfVisible, isInsideHidden, joinRuns, type TextRun } from "./text-runs";
import { runSteps, SliceCounter, type Steps } from "./steps";

export interface TableCell {
  /** The concept of the column header above the cell, if the header is a known label. */
  concept: LabelConcept | null;
  element: Element;
  runs: TextRun[];
  text: string;
}

export interface TableRow {
  element: Element;
  cells: TableCell[];
}

export interface TableGrid {
  /** Concept per column position (colspans expanded). */
  columns: (LabelConcept | null)[];
  rows: TableRow[];
}

interface PositionedCell {
  element: Element;
  start: number;
  span: number;
  runs: TextRun[];
  text: string;
}

function directRows(table: Element): Element[] {
  const cached = rowCache.get(table);
  if (cached) return cached;
  const rows: Element[] = [];
  // Sibling links, not Array.from(children): a live HTMLCollection is slow to index (jsdom proxies every index).
  for (let child = table.firstElementChild; child !== null; child = child.nextElementSibling) {
    const tag = upperTagName(child);
    if (tag === "TR") rows.push(child);
    else if (tag === "THEAD" || tag === "TBODY" || tag === "TFOOT") {
      for (let row = child.firstElementChild; row !== null; row = row.nextElementSibling) if (upperTagName(row) === "TR") rows.push(row);
    }
  }
  const visible = rows.filter((row) => !isInsideHidden(row, table));
  rowCache.set(table, visible);
  return visible;
}

// Each table's rows and each row's cells are read once per readTables call (header detection and body reading
// share them).
let rowCache = new WeakMap<Element, Element[]>();
let cellCache = new WeakMap<Element, PositionedCell[]>();

function positionedCells(row: Element): PositionedCell[] {
  const cached = cellCache.get(row);
  if (cached) return cached;
  const cells: PositionedCell[] = [];
  let position = 0;
  for (let cell = row.firstElementChild; cell !== null; cell = cell.nextElementSibling) {
    const tag = upperTagName(cell);
    // A hidden cell takes no column: the page draws the next cell in its place (and hidden copies are stale).
    if ((tag !== "TD" && tag !== "TH") || isHiddenElement(cell)) continue;
    const span = Math.max(1, Number.parseInt(cell.getAttribute("colspan") ?? "1", 10) || 1);
    const runs = collectTextRunsOfVisible(cell);
    cells.push({ element: cell, start: position, span, runs, text: joinRuns(runs) });
    position += span;
  }
  cellCache.set(row, cells);
  return cells;
}

const DIGIT = /\d/;

/** A header row: all th, or mostly cells whose texts are column labels (at least two). */
function headerColumns(row: Element): (LabelConcept | null)[] | null {
  const cells = positionedCells(row);
  if (cells.length < 2) return null;
  // A key/value row (<th>订单号</th><td>8183…</td>) or a data row holds values: digits in a cell that is no label.
  // Checked first, cell by cell: every body row is asked, and most stop at their first number.
  if (cells.some((c) => DIGIT.test(c.text) && conceptOfLabel(c.text) === null)) return null;
  const allTh = cells.every((c) => upperTagName(c.element) === "TH");
  const concepts = cells.map((c) => conceptOfLabel(c.text));
  const known = concepts.filter((c) => c !== null).length;
  const nonEmpty = cells.filter((c) => c.text !== "").length;
  if (!(known >= 2 && known * 2 >= nonEmpty) && !(allTh && known >= 1)) return null;
  const columns: (LabelConcept | null)[] = [];
  cells.forEach((cell, i) => {
    for (let k = 0; k < cell.span; k++) columns[cell.start + k] = k === 0 ? (concepts[i] ?? null) : null;
  });
  return columns;
}

/** A row that spans the table under a data row (buyer comment, older proposal): not a record of its own. */
function isExpandedRow(cells: readonly PositionedCell[], columnCount: number): boolean {
  if (cells.length === 0) return true;
  const spanning = cells.some((c) => c.span > 1 && c.span >= columnCount - 1);
  return columnCount >= 3 && (cells.length === 1 || spanning) && cells.length * 2 < columnCount;
}

function bodyRows(rows: readonly Element[], columns: readonly (LabelConcept | null)[]): TableRow[] {
  const result: TableRow[] = [];
  for (const row of rows) {
    const cells = positionedCells(row);
    if (cells.every((c) => c.text === "")) continue;
    if (isExpandedRow(cells, columns.length)) continue;
    // A row whose cells do not line up with the header (a cell missing or added) cannot be read by column:
    // a date under the wrong header would become a deadline. Only labels inside its cells count then.
    const last = cells[cells.length - 1];
    const aligned = last !== undefined && last.start + last.span === columns.length;
    result.push({
      element: row,
      cells: cells.map((c) => ({ concept: aligned ? (columns[c.start] ?? null) : null, element: c.element, runs: c.runs, text: c.text })),
    });
  }
  return result;
}

/** Every visible table grid under `root`, header concepts mapped to body cells. */
export function readTables(root: ParentNode & Node): TableGrid[] {
  return runSteps(readTablesInSteps(root, new SliceCounter(0)));
}

/** readTables, pausing after every slice of rows `slices` counts (the cells' text is most of the work). */
export function* readTablesInSteps(root: ParentNode & Node, slices: SliceCounter): Steps<TableGrid[]> {
  rowCache = new WeakMap();
  cellCache = new WeakMap();
  const tables = Array.from(root.querySelectorAll("table")).filter((t) => !isInsideHidden(t, root));
  for (const table of tables) {
    for (const row of directRows(table)) {
      positionedCells(row);
      if (slices.tick()) yield;
    }
  }
  return gridsOf(tables);
}

function gridsOf(tables: readonly Element[]): TableGrid[] {
  const grids: TableGrid[] = [];
  const consumed = new Set<Element>();
  tables.forEach((table, tableIndex) => {
    if (consumed.has(table)) return;
    const rows = directRows(table);
    const headerAt = rows.findIndex((row) => headerColumns(row) !== null);
    if (headerAt < 0) return;
    const columns = headerColumns(rows[headerAt] as Element) ?? [];
    let body = bodyRows(rows.slice(headerAt + 1).filter((row) => headerColumns(row) === null), columns);
    if (rows.length === headerAt + 1) {
      // Header-only table: the body is the next table without a header of its own (ait-table-header / ait-table-body).
      const next = tables[tableIndex + 1];
      if (next && !next.contains(table) && !table.contains(next)) {
        const nextRows = directRows(next);
        if (!nextRows.some((row) => headerColumns(row) !== null && row.querySelector("th") !== null)) {
          body = bodyRows(nextRows, columns);
          consumed.add(next);
        }
      }
    }
    grids.push({ columns, rows: body });
  });
  return dropLockDuplicates(grids);
}

/** A grid whose columns are a subset of another's with the same number of rows is a pinned-column copy. */
function dropLockDuplicates(grids: readonly TableGrid[]): TableGrid[] {
  const conceptsOf = (grid: TableGrid): Set<LabelConcept> => new Set(grid.columns.filter((c): c is LabelConcept => c !== null));
  return grids.filter((grid) => {
    const mine = conceptsOf(grid);
    return !grids.some((other) => {
      if (other === grid || other.rows.length !== grid.rows.length || other.columns.length <= grid.columns.length) return false;
      const theirs = conceptsOf(other);
      return [...mine].every((c) => theirs.has(c));
    });
  });
}
