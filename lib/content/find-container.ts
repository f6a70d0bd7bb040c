// Where a dispute's overlay goes: found the way a person finds the row — by the dispute's detail link or its
// order number — never by class names. Lock tables (pinned columns drawn twice) and hidden copies are skipped.
// One walk over the page builds an index, so placing 500 overlays costs one pass, not 500.
import type { PageKind } from "../model";
import { insideHiddenChecker } from "../parse/text-runs";

function cellOf(element: Element): Element {
  return element.closest("td, th, dd, li") ?? element.parentElement ?? element;
}

const ID_IN_HREF = /(?:reverseOrderLineId|issueId)=(\d{6,20})/;
const IDS_IN_TEXT = /\d{16,17}/g;

export interface ContainerFinder {
  find(dispute: { disputeId: string; orderId: string | null }): Element | null;
}

/**
 * Indexes the page once: detail links by dispute id, and (only when some dispute has no link, or on a detail page)
 * elements whose own text holds a 16–17 digit id. `cellsByRow` moves a list overlay to its row's preferred cell.
 */
export function indexOverlayContainers(doc: Document, kind: PageKind, cellsByRow?: ReadonlyMap<Element, Element>): ContainerFinder {
  // Hidden copies and pinned-column duplicates (DOMAIN.md §3) as the reader sees them; each ancestor checked once.
  const isHiddenOrDuplicate = insideHiddenChecker(null);
  const linkById = new Map<string, Element>();
  for (const link of Array.from(doc.querySelectorAll("a[href]"))) {
    const id = ID_IN_HREF.exec(link.getAttribute("href") ?? "")?.[1];
    if (id && !linkById.has(id) && !isHiddenOrDuplicate(link)) linkById.set(id, link);
  }
  let textIndex: Map<string, Element> | null = null;
  const textById = (): Map<string, Element> => {
    if (textIndex) return textIndex;
    textIndex = new Map();
    const root = doc.body ?? doc.documentElement;
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      const ids = node.nodeValue?.match(IDS_IN_TEXT);
      if (!ids || !parent) continue;
      for (const id of ids) if (!textIndex.has(id) && !isHiddenOrDuplicate(parent)) textIndex.set(id, parent);
    }
    return textIndex;
  };
  const isList = kind === "dispute-list" || kind === "order-list";
  return {
    find({ disputeId, orderId }) {
      if (isList) {
        const anchor = linkById.get(disputeId) ?? (orderId === null ? undefined : textById().get(orderId)) ?? textById().get(disputeId);
        if (!anchor) return null;
        const cell = cellOf(anchor);
        // The row's deadline or status cell when the headers name one (overlay-cells.ts).
        const row = cell.closest("tr");
        return (row && cellsByRow?.get(row)) ?? cell;
      }
      // Detail page: beside the dispute id or order number, else at the top of the main content.
      const anchor = textById().get(disputeId) ?? (orderId === null ? undefined : textById().get(orderId));
      if (anchor) return anchor.parentElement ?? anchor;
      return doc.querySelector("main") ?? doc.body;
    },
  };
}
