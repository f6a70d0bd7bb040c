// Where a dispute's overlay goes: found the way a person finds the row — by the dispute's detail link or its
// order number — never by class names. Lock tables (pinned columns drawn twice) and hidden copies are skipped.
import type { PageKind } from "../model";

function isHiddenOrDuplicate(element: Element): boolean {
  for (let el: Element | null = element; el !== null; el = el.parentElement) {
    if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
    const style = el.getAttribute("style") ?? "";
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
    // Fusion Next / AIT pinned-column overlays repeat the same rows (DOMAIN.md §3): a hint, not a decision.
    if (/(^|\s)[\w-]*table-lock-(left|right)(\s|$)/.test(el.getAttribute("class") ?? "")) return true;
  }
  return false;
}

function cellOf(element: Element): Element {
  return element.closest("td, th, dd, li") ?? element.parentElement ?? element;
}

function elementsWithOwnText(root: Document, needle: string): Element[] {
  const found: Element[] = [];
  const walker = root.createTreeWalker(root.body ?? root.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeValue?.includes(needle) && node.parentElement) found.push(node.parentElement);
  }
  return found;
}

export function findOverlayContainer(
  doc: Document,
  kind: PageKind,
  dispute: { disputeId: string; orderId: string | null },
): Element | null {
  const links = Array.from(doc.querySelectorAll<HTMLAnchorElement>("a[href]")).filter(
    (a) => (a.getAttribute("href") ?? "").includes(dispute.disputeId) && !isHiddenOrDuplicate(a) && !a.closest("[data-sentinel-host]"),
  );
  const byText = (needle: string | null) =>
    needle === null ? [] : elementsWithOwnText(doc, needle).filter((el) => !isHiddenOrDuplicate(el) && !el.closest("[data-sentinel-host]"));

  if (kind === "dispute-list" || kind === "order-list") {
    const anchor = links[0] ?? byText(dispute.orderId)[0] ?? byText(dispute.disputeId)[0];
    return anchor ? cellOf(anchor) : null;
  }
  // Detail page: beside the dispute id or order number, else at the top of the main content.
  const anchor = byText(dispute.disputeId)[0] ?? byText(dispute.orderId)[0];
  if (anchor) return anchor.parentElement ?? anchor;
  return doc.querySelector("main") ?? doc.body;
}
