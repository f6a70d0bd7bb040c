// The visible text of a subtree as runs in document order: what the seller reads, without tooltips and stale copies.
import { COPY_LINK_TEXTS } from "../page/labels";
import { isHiddenElement } from "../page/selectors";
import { normalizeLabel, normalizeText } from "./text";

export interface TextRun {
  /** normalizeText of the text node. */
  text: string;
  node: Text;
  /** The element holding the text node. */
  element: Element;
}

const COPY_TEXTS = new Set(COPY_LINK_TEXTS.map((t) => normalizeLabel(t)));
const TRAILING_COPY = new RegExp(`\\s+(?:${COPY_LINK_TEXTS.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`, "i");

/** A copy link beside an id (复制 / Copy) is not part of the value (DOMAIN.md §3). */
export function isCopyLinkText(text: string): boolean {
  return COPY_TEXTS.has(normalizeLabel(text));
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Visible text runs under `root` (hidden subtrees skipped; visibility from attributes only, no layout). */
export function collectTextRuns(root: Node): TextRun[] {
  const runs: TextRun[] = [];
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const raw = child.nodeValue;
        if (raw === null || raw.trim() === "") continue;
        const text = normalizeText(raw);
        if (text === "" || child.parentElement === null) continue;
        runs.push({ text, node: child as Text, element: child.parentElement });
      } else if (child.nodeType === ELEMENT_NODE) {
        if (isHiddenElement(child as Element)) continue;
        visit(child);
      }
    }
  };
  if (root.nodeType === ELEMENT_NODE && isHiddenElement(root as Element)) return runs;
  visit(root);
  return runs;
}

/** Join runs into one value: copy links dropped, one space between runs (countdown digits in separate spans read as a whole). */
export function joinRuns(runs: readonly TextRun[]): string {
  const parts = runs.filter((r) => !isCopyLinkText(r.text)).map((r) => r.text.replace(TRAILING_COPY, ""));
  return normalizeText(parts.join(" "));
}

/** Is this element (or an ancestor below `stop`) hidden? For elements found by querySelectorAll. */
export function isInsideHidden(element: Element, stop: Node | null): boolean {
  for (let current: Element | null = element; current !== null && current !== stop; current = current.parentElement) {
    if (isHiddenElement(current)) return true;
  }
  return false;
}
