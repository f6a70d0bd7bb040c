// Which cell of a list row the overlay goes into: the row's deadline cell, else its status cell — the columns a
// seller reads for "how long is left", usually wider than an actions column of one link. Taken from the tables the
// reader read the list from, by their column headers (DESIGN.md principle 3); other rows keep the link's cell.
import type { LabelConcept } from "../page/labels";
import type { TableGrid } from "../parse/table";

const PREFERRED: readonly LabelConcept[] = ["deadline", "status"];

/** Row element → the cell its overlay goes into, for every table row read as a record. */
export function overlayCellsByRow(grids: readonly TableGrid[]): Map<Element, Element> {
  const cells = new Map<Element, Element>();
  for (const grid of grids) {
    for (const row of grid.rows) {
      for (const concept of PREFERRED) {
        const cell = row.cells.find((c) => c.concept === concept);
        if (cell) {
          cells.set(row.element, cell.element);
          break;
        }
      }
    }
  }
  return cells;
}
