// Deadlines said in a sentence rather than under a label (DOMAIN.md §3): a detail page's warning banner
// "请在 2天13小时 内处理，超时后系统将按买家方案执行" / "Please respond within 2 days 13 hours…", or the same words in a card.
import { DEADLINE_PHRASES } from "../page/labels";
import type { FieldValue } from "./fields";
import type { LabelValue } from "./label-values";
import { collectTextRuns, joinRuns, type TextRun } from "./text-runs";

/**
 * Warning banners ("请在 2天13小时 内处理…", "Please respond by 22 Nov 2026 08:00:00."): the captured countdown or date,
 * with the banner's runs (a number run together across its elements makes the deadline unknown: issue 14).
 * `within` bounds the search to one record's block on a list.
 */
export function phraseDeadlineTexts(runs: readonly TextRun[], pairs: readonly LabelValue[], within: Node | null = null): FieldValue[] {
  const texts: FieldValue[] = [];
  const seen = new Set<Element>();
  // Labelled fields are read as such: a banner is text outside every label's block.
  const labelNodes = pairs.map((pair) => pair.labelRun.node);
  for (const run of runs) {
    if (!/请在|剩余|还剩|respond|time left|time remaining/i.test(run.text)) continue;
    // The banner's digits may sit in their own spans: read up to three levels of the run's ancestors as a whole.
    let element: Element | null = run.element;
    for (let level = 0; element !== null && level < 3; level++, element = element.parentElement) {
      if (seen.has(element) || (within !== null && !within.contains(element))) break;
      const holder = element;
      if (labelNodes.some((node) => holder.contains(node))) break;
      const elementRuns = collectTextRuns(element);
      const text = joinRuns(elementRuns);
      const captured = DEADLINE_PHRASES.map((phrase) => phrase.exec(text)?.[1]).find((c) => c !== undefined);
      if (captured) {
        seen.add(element);
        texts.push({ text: captured.trim(), runs: elementRuns });
        break;
      }
    }
  }
  return texts;
}

