// The visible "estimated" mark of a rule-based deadline, its explanation on hover and focus
// (DESIGN.md: never show a rule estimate as fact; say which, and why).
import type { UiLanguage } from "../lib/model";
import { t } from "../lib/i18n/translate";
import { TooltipText } from "./tooltip-text";

export interface EstimateMarkProps {
  lang: UiLanguage;
  /** Why the deadline is what it is, already in words. */
  explanation: string;
}

export function EstimateMark({ lang, explanation }: EstimateMarkProps) {
  return (
    <TooltipText
      class="estimate-mark"
      label={t(lang, "countdown_estimated")}
      tip={`${t(lang, "countdown_estimated_hint")} ${explanation}`}
    />
  );
}
