// The visible text of a subtree as runs in document order: what the seller reads, without tooltips and stale copies.
import { upperTagName } from "../page/tag-name";
import { COPY_LINK_TEXTS } from "../page/labels";
import { isHiddenElement } from "../page/selectors";
import { normalizeLabel } from "./text";

export interface TextRun {
  /** The text as shown: whitespace collapsed, otherwise untouched (statusText keeps its "，"). */
  text: string;
  /** The text node's own text, unnormalised (its edges tell whether a space separates it from its neighbours). */
  raw: string;
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
  if (root.nodeType === ELEMENT_NODE && isHiddenElement(root as Element)) return runs;
  visitVisible(root, runs);
  return runs;
}

/** Appends the visible text runs below `node` (itself visible) in document order. */
function visitVisible(node: Node, runs: TextRun[]): void {
  // The parent of a text node met from an element is that element; text right under a fragment has none.
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : null;
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      const raw = child.nodeValue;
      if (raw === null) continue;
      const text = collapseSpaces(raw);
      if (text === "" || element === null) continue;
      runs.push({ text, raw, node: child as Text, element });
    } else if (child.nodeType === ELEMENT_NODE && !isHiddenElement(child as Element)) {
      visitVisible(child, runs);
    }
  }
}

/** collectTextRuns for an element already known to be visible (a table cell the caller has just checked). */
export function collectTextRunsOfVisible(element: Element): TextRun[] {
  const runs: TextRun[] = [];
  visitVisible(element, runs);
  return runs;
}

// Inline elements do not separate words: <span>4</span>天<span>23</span>时 reads "4天23时", <em>01</em>:<em>42</em> "01:42".
const INLINE_TAGS = new Set(["SPAN", "EM", "B", "I", "STRONG", "A", "FONT", "SMALL", "SUP", "SUB", "U", "MARK", "CODE", "LABEL", "ABBR", "TIME", "BDI", "BDO", "S", "DEL", "INS", "Q", "CITE", "DFN", "VAR", "KBD", "SAMP", "DATA"]);

function hasBlockBetween(from: Node, ancestor: Node): boolean {
  for (let current = from.parentElement; current !== null && current !== ancestor; current = current.parentElement) {
    if (!INLINE_TAGS.has(upperTagName(current))) return true;
  }
  return false;
}

/** Would the page show a space (or a line break) between these two consecutive runs? */
function separated(a: TextRun, b: TextRun): boolean {
  if (/\s$/.test(a.raw) || /^\s/.test(b.raw)) return true;
  if (a.node.parentNode === b.node.parentNode) {
    // Siblings: only an element with its own box between them (<br>, an icon <div>) separates them.
    for (let node = a.node.nextSibling; node !== null && node !== b.node; node = node.nextSibling) {
      if (separates(node, b.node)) return true;
    }
    return false;
  }
  let ancestor: Node | null = a.node.parentNode;
  while (ancestor !== null && !ancestor.contains(b.node)) ancestor = ancestor.parentNode;
  if (ancestor === null) return true;
  if (hasBlockBetween(a.node, ancestor) || hasBlockBetween(b.node, ancestor)) return true;
  // A <br> or an element with its own box between them (an icon) also separates.
  for (let node: Node | null = nextInOrder(a.node, ancestor); node !== null && node !== b.node; node = nextInOrder(node, ancestor)) {
    if (separates(node, b.node)) return true;
  }
  return false;
}

/** A node between two runs that the page draws as a gap: whitespace text, or an element with its own box. */
function separates(node: Node, until: Node): boolean {
  if (node.nodeType === TEXT_NODE) return /\s/.test(node.nodeValue ?? "");
  return node.nodeType === ELEMENT_NODE && !INLINE_TAGS.has(upperTagName(node as Element)) && !node.contains(until);
}

function nextInOrder(node: Node, stop: Node): Node | null {
  if (node.firstChild && node.nodeType === ELEMENT_NODE) return node.firstChild;
  for (let current: Node | null = node; current !== null && current !== stop; current = current.parentNode) {
    if (current.nextSibling) return current.nextSibling;
  }
  return null;
}

/** Join runs into one value as the page reads it: copy links dropped, spaces only where the page shows a break. */
export function joinRuns(runs: readonly TextRun[]): string {
  // Most cells hold one run: the same result without the pairwise walk.
  if (runs.length === 1) {
    const only = runs[0] as TextRun;
    return isCopyLinkText(only.text) ? "" : collapseSpaces(only.text.replace(TRAILING_COPY, ""));
  }
  const kept = runs.filter((r) => !isCopyLinkText(r.text));
  let joined = "";
  kept.forEach((run, i) => {
    const previous = kept[i - 1];
    const text = run.text.replace(TRAILING_COPY, "");
    joined += previous === undefined ? text : separated(previous, run) ? ` ${text}` : text;
  });
  return collapseSpaces(joined);
}

/**
 * Does a number run on from one element into the next with no gap ("<span>3</span><span>6</span>")? Countdown widgets
 * give each number an element of its own (DOMAIN.md §2), so two numbers drawn together are a unit or separator gone
 * missing ("3 天 6 小时" without its 天 reads "36 小时"), not one number. For deadline values only: ids may be split.
 */
export function hasNumberAcrossElements(runs: readonly TextRun[]): boolean {
  for (let i = 1; i < runs.length; i++) {
    const before = runs[i - 1] as TextRun;
    const after = runs[i] as TextRun;
    if (ENDS_WITH_DIGIT.test(before.text) && STARTS_WITH_DIGIT.test(after.text) && !separated(before, after)) return true;
  }
  return false;
}
const ENDS_WITH_DIGIT = /[0-9０-９]$/;
const STARTS_WITH_DIGIT = /^[0-9０-９]/;

/** Whitespace of any kind (NBSP, ideographic space, newlines) to one space, trimmed; nothing else changed. */
export function collapseSpaces(s: string): string {
  // Most texts are already collapsed: a test is cheaper than a replace and a trim that change nothing.
  if (!NEEDS_COLLAPSING.test(s)) return s;
  return s.replace(/[\s\u200b\u200c\u200d\ufeff]+/g, " ").trim();
}

/** Whitespace at an edge, any whitespace but a single plain space, or a zero-width character. */
const NEEDS_COLLAPSING = /^\s|\s$|[^\S ]| {2}|[\u200b\u200c\u200d\ufeff]/;

/**
 * isInsideHidden for many elements under one `stop` (every link of a page): each ancestor is checked once,
 * not once per element below it. Answers only for an unchanged DOM: make a new one per read.
 */
export function insideHiddenChecker(stop: Node | null): (element: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (element: Element): boolean => {
    const path: Element[] = [];
    let hidden = false;
    for (let current: Element | null = element; current !== null && current !== stop; current = current.parentElement) {
      const answer = known.get(current);
      if (answer !== undefined) {
        hidden = answer;
        break;
      }
      path.push(current);
      if (isHiddenElement(current)) {
        hidden = true;
        break;
      }
    }
    // Every element on the path is below the hidden one found, or below none.
    for (const visited of path) known.set(visited, hidden);
    return hidden;
  };
}

/** Is this element (or an ancestor below `stop`) hidden? For elements found by querySelectorAll. */
export function isInsideHidden(element: Element, stop: Node | null): boolean {
  for (let current: Element | null = element; current !== null && current !== stop; current = current.parentElement) {
    if (isHiddenElement(current)) return true;
  }
  return false;
}
