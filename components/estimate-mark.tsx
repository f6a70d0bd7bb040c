// The visible "estimated" mark of a rule-based deadline. Its explanation shows on hover AND on
// keyboard focus (DESIGN.md: never show a rule estimate as fact; say which, and why).
import { useId } from "preact/hooks";
import type { UiLanguage } from "../lib/model";
import { t } from "../lib/i18n/translate";

export interface EstimateMarkProps {
  lang: UiLanguage;
  /** Why the deadline is what it is, already in words. */
  explanation: string;
}

export function EstimateMark({ lang, explanation }: EstimateMarkProps) {
  const tooltipId = useId();
  const hint = `${t(lang, "countdown.estimated-hint")} ${explanation}`;
  return (
    <span class="estimate">
      <span class="estimate-mark" tabIndex={0} title={hint} aria-describedby={tooltipId}>
        {t(lang, "countdown.estimated")}
      </span>
      <span class="estimate-tooltip" role="tooltip" id={tooltipId}>
        {hint}
      </span>
    </span>
  );
}
