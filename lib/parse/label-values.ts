// A structure-agnostic "label → value" reader (DESIGN.md principle 3): <dl>, th/td rows, cards of spans,
// inline "订单号：8183… 复制", values wrapped in several spans. Labels match exactly after normalizeLabel.
import { LABELS, type LabelConcept } from "../page/labels";
import { normalizeLabel, normalizeText } from "./text";
import { collectTextRuns, joinRuns, type TextRun } from "./text-runs";

export interface LabelMatch {
  concept: LabelConcept;
  /** The label as shown. */
  label: string;
  /** Inline value after "label：" within the same text, or null when the text is the label alone. */
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

let labelIndex: Map<string, LabelConcept> | null = null;

function index(): Map<string, LabelConcept> {
  if (labelIndex) return labelIndex;
  const built = new Map<string, LabelConcept>();
  for (const concept of Object.keys(LABELS) as LabelConcept[]) {
    for (const label of LABELS[concept]) {
      const normalized = normalizeLabel(label);
      built.set(normalized, concept);
      // "Order No." is also written "Order No"
      if (normalized.endsWith(".")) built.set(normalized.slice(0, -1), concept);
    }
  }
  labelIndex = built;
  return built;
}

/** The concept a label text names, exactly (so 买家 is not 买家方案, "Status" is not "Order status"). */
export function conceptOfLabel(text: string): LabelConcept | null {
  return index().get(normalizeLabel(text)) ?? null;
}

/** A text that is a label, or "label：value" inline (a colon is required inline, so "Buyer opened the dispute" is no label). */
export function matchLabel(text: string): LabelMatch | null {
  const whole = conceptOfLabel(text);
  if (whole) return { concept: whole, label: normalizeText(text).replace(/\s*:\s*$/, ""), rest: null };
  const normalized = normalizeText(text);
  const colon = normalized.indexOf(":");
  if (colon <= 0) return null;
  const prefix = normalized.slice(0, colon);
  const concept = conceptOfLabel(prefix);
  if (!concept) return null;
  const rest = normalized.slice(colon + 1).trim();
  return { concept, label: prefix.trim(), rest: rest === "" ? null : rest };
}

// A status value that is also a label word ("Order status: Shipped"): read it as the value.
const STATUS_CONCEPTS: ReadonlySet<LabelConcept> = new Set(["status", "orderStatus"]);
const STATUS_LIKE_LABELS: ReadonlySet<LabelConcept> = new Set(["paid", "shipped", "delivered"]);

/** Every label → value pair under `root`, in document order. Pass `runs` to reuse a collected run list. */
export function readLabelValues(root: Node, runs: readonly TextRun[] = collectTextRuns(root)): LabelValue[] {
  const matches = runs.map((run) => matchLabel(run.text));
  const pairs: LabelValue[] = [];
  const consumed = new Set<number>();
  for (let i = 0; i < runs.length; i++) {
    const match = matches[i];
    const run = runs[i];
    if (!match || !run || consumed.has(i)) continue;
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
      const candidateMatch = matches[j];
      if (candidateMatch) {
        if (valueRuns.length === 0 && match.rest === null && STATUS_CONCEPTS.has(match.concept) && STATUS_LIKE_LABELS.has(candidateMatch.concept) && candidateMatch.rest === null) {
          valueRuns.push(candidate);
          consumed.add(j);
        }
        break;
      }
      valueRuns.push(candidate);
    }
    const joined = joinRuns(valueRuns);
    const value = match.rest !== null ? normalizeText(`${joinRuns([{ ...run, text: match.rest }])} ${joined}`) : joined;
    pairs.push({ concept: match.concept, label: match.label, value, labelRun: run, valueRuns, container });
  }
  return pairs;
}
