// A structure-agnostic "label → value" reader (DESIGN.md principle 3): <dl>, th/td rows, cards of spans,
// inline "订单号：8183… 复制", several "label: value" in one text, values wrapped in several spans.
// Labels match exactly after normalizeLabel, longest first (买家 is not 买家方案, "Status" is not "Order status").
import { LABELS, type LabelConcept } from "../page/labels";
import { CONTROLS } from "../page/selectors";
import { memoizeByText, normalizeLabel } from "./text";
import { collapseSpaces, collectTextRuns, joinRuns, type TextRun } from "./text-runs";

export interface LabelMatch {
  concept: LabelConcept;
  /** The label as shown. */
  label: string;
  /** Inline value after "label：" within the same text, or null when the value is in the next elements. */
  rest: string | null;
}

export interface LabelValue {
  concept: LabelConcept;
  label: string;
  value: string;
  labelRun: TextRun;
  valueRuns: TextRun[];
  /** The smallest element holding the label and its value (null: the whole root). */
  container: Element | null;
}

interface LabelTables {
  index: Map<string, LabelConcept>;
  /** "label:" anywhere in a text, at its start or after a separator; longest label first. */
  inline: RegExp;
}

let tables: LabelTables | null = null;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function labelTables(): LabelTables {
  if (tables) return tables;
  const index = new Map<string, LabelConcept>();
  const forms = new Set<string>();
  for (const concept of Object.keys(LABELS) as LabelConcept[]) {
    for (const label of LABELS[concept]) {
      const normalized = normalizeLabel(label);
      const variants = [normalized];
      // "Order No." is also written "Order No"; "Buyer's" also with a typographic apostrophe.
      if (normalized.endsWith(".")) variants.push(normalized.slice(0, -1));
      for (const v of [...variants]) if (v.includes("'")) variants.push(v.replace(/'/g, "\u2019"));
      for (const v of variants) {
        index.set(v, concept);
        forms.add(v);
      }
    }
  }
  const alternatives = [...forms].sort((a, b) => b.length - a.length).map((f) => escapeRegExp(f).replace(/ /g, "\\s*"));
  const inline = new RegExp(`(?:^|(?<=[\\s·•|;；,，、/(（\\[【]))(${alternatives.join("|")})\\s*[:：]`, "giu");
  tables = { index, inline };
  return tables;
}

/** The concept a label text names, exactly. */
export function conceptOfLabel(text: string): LabelConcept | null {
  return labelTables().index.get(normalizeLabel(text)) ?? null;
}

const SEPARATORS = /^[\s·•|;；,，、]+|[\s·•|;；,，、]+$/g;

/**
 * The labels in one text: the whole text as a label, or every inline "label：value" in it
 * ("纠纷原因：货物破损", "Opened: … · Status: Closed"). A colon is required inline, so "Buyer opened the dispute" is none.
 */
export function matchLabels(text: string): LabelMatch[] {
  // Copies: callers own what they are given; the remembered matches stay as computed.
  return labelMatchesOf(text).map((match) => ({ ...match }));
}

const labelMatchesOf = memoizeByText<readonly LabelMatch[]>(findLabelMatches, 10_000);

function findLabelMatches(text: string): LabelMatch[] {
  const whole = conceptOfLabel(text);
  if (whole) return [{ concept: whole, label: collapseSpaces(text).replace(/\s*[:：]\s*$/, ""), rest: null }];
  if (!/[:：]/.test(text)) return [];
  const { inline } = labelTables();
  // Match on the NFKC, lower-case form; it keeps positions for the characters labels use except rare ligatures.
  const folded = text.normalize("NFKC").toLowerCase();
  const shown = folded.length === text.length ? text : folded;
  const found: Array<{ concept: LabelConcept; label: string; start: number; end: number }> = [];
  inline.lastIndex = 0;
  for (let m = inline.exec(folded); m !== null; m = inline.exec(folded)) {
    const label = m[1] ?? "";
    const concept = labelTables().index.get(normalizeLabel(label));
    if (concept) found.push({ concept, label: shown.slice(m.index, m.index + label.length), start: m.index, end: m.index + m[0].length });
  }
  // An inline label must open the text (after separators): "Please respond by 22 Nov 2026 08:00" holds no label.
  const first = found[0];
  if (!first || shown.slice(0, first.start).replace(SEPARATORS, "") !== "") return [];
  return found.map((f, i) => {
    const next = found[i + 1];
    const rest = shown.slice(f.end, next ? next.start : shown.length).replace(SEPARATORS, "");
    return { concept: f.concept, label: f.label, rest: rest === "" ? null : rest };
  });
}

/** Does this text name a label, whole or inline ("label：value")? readLabelValues finds pairs only in such texts. */
export function mayHoldLabel(text: string): boolean {
  return labelMatchesOf(text).length > 0;
}

// A status value that is also a label word ("Order status: Shipped"): read it as the value.
const STATUS_CONCEPTS: ReadonlySet<LabelConcept> = new Set(["status", "orderStatus"]);
const STATUS_LIKE_LABELS: ReadonlySet<LabelConcept> = new Set(["paid", "shipped", "delivered"]);

/** Every label → value pair under `root`, in document order. Pass `runs` to reuse a collected run list. */
export function readLabelValues(root: Node, runs: readonly TextRun[] = collectTextRuns(root)): LabelValue[] {
  const matches = runs.map((run) => {
    // Read only here: the remembered matches themselves, no copies.
    const found = labelMatchesOf(run.text);
    return found.length > 0 && run.element.closest(CONTROLS) === null ? found : [];
  });
  const pairs: LabelValue[] = [];
  const consumed = new Set<number>();
  for (let i = 0; i < runs.length; i++) {
    const found = matches[i] ?? [];
    const run = runs[i];
    if (found.length === 0 || !run || consumed.has(i)) continue;
    // Every inline "label：value" but the last is complete in the text itself.
    for (const match of found.slice(0, -1)) {
      pairs.push({ concept: match.concept, label: match.label, value: match.rest ?? "", labelRun: run, valueRuns: [], container: run.element });
    }
    const match = found[found.length - 1] as LabelMatch;
    const previous = runs[i - 1];
    const next = runs[i + 1];
    const holdsNeighbours = (element: Element): boolean =>
      (previous !== undefined && element.contains(previous.node)) || (next !== undefined && element.contains(next.node));

    let container: Element | null;
    if (match.rest !== null || holdsNeighbours(run.element)) {
      container = run.element;
    } else {
      // Climb from the label's own element while it holds nothing but the label (label wrapped in spans).
      let labelElement: Element = run.element;
      while (labelElement !== root && labelElement.parentElement && !holdsNeighbours(labelElement.parentElement)) {
        labelElement = labelElement.parentElement;
      }
      container = labelElement === root ? null : labelElement.parentElement;
    }

    const valueRuns: TextRun[] = [];
    // An inline "label：value" ends with its text: a stacked cell's next line is not part of it.
    for (let j = i + 1; match.rest === null && j < runs.length; j++) {
      const candidate = runs[j];
      if (!candidate || (container && !container.contains(candidate.node))) break;
      const candidateMatches = matches[j] ?? [];
      const candidateMatch = candidateMatches[0];
      if (candidateMatch) {
        if (valueRuns.length === 0 && STATUS_CONCEPTS.has(match.concept) && STATUS_LIKE_LABELS.has(candidateMatch.concept) && candidateMatch.rest === null && candidateMatches.length === 1) {
          valueRuns.push(candidate);
          consumed.add(j);
        }
        break;
      }
      valueRuns.push(candidate);
    }
    const value = match.rest !== null ? joinRuns([{ ...run, text: match.rest, raw: match.rest }]) : joinRuns(valueRuns);
    pairs.push({ concept: match.concept, label: match.label, value, labelRun: run, valueRuns, container });
  }
  return pairs;
}
