// Which cell of a list row the overlay goes into: the row's deadline cell, else its status cell — the columns a
// seller reads for "how long is left", usually wider than an actions column of one link. Found by the column
// headers, as the reader finds them (DESIGN.md principle 3); rows read without headers keep the link's cell.
import type { LabelConcept } from "../page/labels";
import { readTablesInSteps } from "../parse/table";
import type { SliceCounter, Steps } from "../parse/steps";

const PREFERRED: readonly LabelConcept[] = ["deadline", "status"];

/** Row element → the cell its overlay goes into, for every table row the reader reads as a record. */
export function* overlayCellsByRowInSteps(root: ParentNode & Node, slices: SliceCounter): Steps<Map<Element, Element>> {
  const cells = new Map<Element, Element>();
  for (const grid of yield* readTablesInSteps(root, slices)) {
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
