// Lists drawn as cards or <li> per record rather than tables: a "row" is the largest repeated block
// holding exactly one record key (one dispute detail link, or one order id).
import { disputeIdFromHref, orderIdFromHref } from "../page/detect";
import { DISPUTE_LINK } from "../page/selectors";
import { insideHiddenChecker } from "./text-runs";

export interface KeyedElement {
  element: Element;
  key: string;
}

export interface RecordBlock {
  element: Element;
  key: string;
}

/** For each key, the highest ancestor (below `root`) that holds no other key. */
export function findRecordBlocks(root: Node, anchors: readonly KeyedElement[]): RecordBlock[] {
  const keysByAncestor = new Map<Element, Set<string>>();
  for (const anchor of anchors) {
    for (let current: Element | null = anchor.element; current !== null && current !== root; current = current.parentElement) {
      const keys = keysByAncestor.get(current);
      if (keys) keys.add(anchor.key);
      else keysByAncestor.set(current, new Set([anchor.key]));
    }
  }
  const blocks: RecordBlock[] = [];
  const seen = new Set<Element>();
  for (const anchor of anchors) {
    let block = anchor.element;
    for (let current = anchor.element.parentElement; current !== null && current !== root; current = current.parentElement) {
      if ((keysByAncestor.get(current)?.size ?? 0) > 1) break;
      block = current;
    }
    if (seen.has(block)) continue;
    seen.add(block);
    blocks.push({ element: block, key: anchor.key });
  }
  return blocks;
}

/** Visible links to dispute detail pages, keyed by the id in their URL (reverseOrderLineId / issueId). */
export function disputeLinks(root: ParentNode & Node, baseUrl: string): KeyedElement[] {
  const links: KeyedElement[] = [];
  const insideHidden = insideHiddenChecker(root);
  for (const link of Array.from(root.querySelectorAll(DISPUTE_LINK))) {
    if (insideHidden(link)) continue;
    const id = disputeIdFromHref(link.getAttribute("href") ?? "", baseUrl);
    if (id) links.push({ element: link, key: id });
  }
  return links;
}

/** The dispute id of the first detail link inside an element (a list row). */
export function linkedDisputeId(element: ParentNode & Node, baseUrl: string): string | null {
  return disputeLinks(element, baseUrl)[0]?.key ?? null;
}

/** Visible links to order detail pages, keyed by their orderId. */
export function orderLinks(root: ParentNode & Node, baseUrl: string): KeyedElement[] {
  const links: KeyedElement[] = [];
  const insideHidden = insideHiddenChecker(root);
  for (const link of Array.from(root.querySelectorAll('a[href*="orderId="]'))) {
    if (insideHidden(link)) continue;
    const id = orderIdFromHref(link.getAttribute("href") ?? "", baseUrl);
    if (id) links.push({ element: link, key: id });
  }
  return links;
}
