// Random page mutations for the reader's property test (issue 3): drop a node, shuffle a table's
// columns (header and cells together), inject text, put a label in its other language, add a hidden
// copy. Every mutation keeps or removes what the seller sees; none invents a visible value.
import { SeededRandom } from "./generator/seeded-random";
import { LABELS, type Concept, type Language } from "./generator/vocabulary";

export const MUTATION_KINDS = ["drop", "shuffle-columns", "inject-text", "swap-label-language", "hidden-copy"] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  kind: MutationKind;
  /** Picks the node the mutation applies to (modulo the number of candidates). */
  target: number;
  /** Picks among the mutation's own choices (text, hiding method, permutation). */
  choice: number;
}

// Words without digits or time units, padded with spaces, so they cannot form or split a countdown, date or amount.
const INJECTED_TEXTS = [" 提示 ", " NEW ", " ★ ", " 备注 ", " Tip ", " … ", " 查看 ", " Help "];
const HIDERS: ReadonlyArray<[string, string]> = [
  ["style", "display:none"],
  ["hidden", ""],
  ["aria-hidden", "true"],
];

function elementsOf(document: Document): Element[] {
  return [...document.body.querySelectorAll("*")].filter((element) => !["SCRIPT", "STYLE"].includes(element.tagName));
}

// Structural elements only: dropping an inline piece of a text run (a countdown's <span>时</span>) would
// join its neighbours into a different visible value ("05" + "09分" → "0509分"), not remove one.
const DROPPABLE = new Set(["TR", "TH", "TD", "DIV", "DT", "DD", "DL", "LI", "UL", "TABLE", "THEAD", "TBODY", "P", "H2", "H3", "MAIN", "ASIDE", "FORM", "BUTTON", "A"]);

function isInTextRun(element: Element): boolean {
  const parent = element.parentElement;
  if (parent === null) return false;
  return [...parent.childNodes].some((node) => node.nodeType === 3 && (node.textContent ?? "").trim() !== "");
}

function droppableElements(document: Document): Element[] {
  return elementsOf(document).filter((element) => DROPPABLE.has(element.tagName) && !isInTextRun(element));
}

function cellsOf(row: Element): Element[] {
  return [...row.children].filter((child) => child.tagName === "TH" || child.tagName === "TD");
}

/** Header rows (th only) with the body rows that have as many cells, found in the nearest ancestor holding both. */
function columnGroups(document: Document): Array<{ header: Element; rows: Element[] }> {
  const groups: Array<{ header: Element; rows: Element[] }> = [];
  for (const header of document.body.querySelectorAll("tr")) {
    const cells = cellsOf(header);
    if (cells.length < 2 || !cells.every((cell) => cell.tagName === "TH")) continue;
    let scope: Element | null = header.closest("table");
    for (let level = 0; scope !== null && level < 5; level++, scope = scope.parentElement) {
      const rows = [...scope.querySelectorAll("tr")].filter(
        (row) => row !== header && cellsOf(row).length === cells.length && cellsOf(row).every((cell) => cell.tagName === "TD"),
      );
      if (rows.length > 0) {
        groups.push({ header, rows });
        break;
      }
    }
  }
  return groups;
}

function permute(row: Element, order: readonly number[]): void {
  const cells = cellsOf(row);
  for (const index of order) {
    const cell = cells[index];
    if (cell !== undefined) row.append(cell);
  }
}

const LABEL_LANGUAGE = new Map<string, { concept: Concept; language: Language }>();
for (const [concept, byLanguage] of Object.entries(LABELS) as Array<[Concept, Record<Language, readonly string[]>]>) {
  for (const language of ["zh", "en"] as const) {
    for (const label of byLanguage[language]) LABEL_LANGUAGE.set(label, { concept, language });
  }
}

function labelTextNodes(document: Document): Text[] {
  const found: Text[] = [];
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = (node.textContent ?? "").trim().replace(/[:：]$/, "");
    if (LABEL_LANGUAGE.has(text)) found.push(node as Text);
  }
  return found;
}

/** Applies one mutation in place; a mutation with nothing to act on does nothing. */
export function applyMutation(document: Document, mutation: Mutation): void {
  const pick = <T>(items: readonly T[]): T | undefined => items[mutation.target % Math.max(items.length, 1)];
  switch (mutation.kind) {
    case "drop": {
      pick(droppableElements(document))?.remove();
      return;
    }
    case "shuffle-columns": {
      const group = pick(columnGroups(document));
      if (group === undefined) return;
      const order = new SeededRandom(mutation.choice).shuffle(cellsOf(group.header).map((_, index) => index));
      for (const row of [group.header, ...group.rows]) permute(row, order);
      return;
    }
    case "inject-text": {
      const element = pick(elementsOf(document));
      if (element === undefined) return;
      const text = document.createTextNode(INJECTED_TEXTS[mutation.choice % INJECTED_TEXTS.length] ?? " ");
      // Only at an element's edges: text between a countdown's digit elements would change what it says.
      if (mutation.choice % 2 === 0) element.prepend(text);
      else element.append(text);
      return;
    }
    case "swap-label-language": {
      const node = pick(labelTextNodes(document));
      if (node === undefined) return;
      const raw = node.textContent ?? "";
      const colon = /[:：]\s*$/.exec(raw)?.[0] ?? "";
      const known = LABEL_LANGUAGE.get(raw.trim().replace(/[:：]$/, ""));
      if (known === undefined) return;
      const synonyms = LABELS[known.concept][known.language === "zh" ? "en" : "zh"];
      node.textContent = (synonyms[mutation.choice % synonyms.length] ?? "") + colon;
      return;
    }
    case "hidden-copy": {
      const element = pick(elementsOf(document));
      if (element === undefined) return;
      const copy = element.cloneNode(true) as Element;
      const [name, value] = HIDERS[mutation.choice % HIDERS.length] ?? ["hidden", ""];
      copy.setAttribute(name, value);
      if (mutation.choice % 2 === 0) element.before(copy);
      else element.after(copy);
      return;
    }
  }
}
