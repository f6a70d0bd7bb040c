// Time left to a deadline, counted from `now` (the parent ticks it). Overdue reads and looks
// different; a rule estimate carries its "estimated" mark; a "less than 1 hour" page countdown
// (imprecise, dueAt is an upper bound) reads "< 1 h".
import type { UiLanguage } from "../lib/model";
import type { ComputedDeadline, DeadlineSource } from "../lib/rules/types";
import { explanationText, type Zones } from "../lib/i18n/explanation-text";
import { formatDuration } from "../lib/i18n/format-duration";
import { t } from "../lib/i18n/translate";
import { EstimateMark } from "./estimate-mark";
import { isSellerDeadline, urgencyOf } from "./urgency";
import { useTickingNow } from "./use-now";

export interface CountdownProps {
  dueAt: string;
  now: Date;
  lang: UiLanguage;
  source: DeadlineSource;
  /** Why the deadline is what it is, in words (shown on hover/focus for estimates, as a title for page deadlines). */
  explanation: string;
  imprecise?: boolean;
  /** False for clocks that are not the seller's to beat: shown grey whatever the time left. */
  coloured?: boolean;
}

export function Countdown({ dueAt, now, lang, source, explanation, imprecise = false, coloured = true }: CountdownProps) {
  const msLeft = Date.parse(dueAt) - now.getTime();
  const urgency = coloured ? urgencyOf(dueAt, now) : "grey";
  const overdue = msLeft <= 0;
  const text = !overdue && imprecise ? t(lang, "countdown_under_hour") : formatDuration(msLeft, lang);
  return (
    <span class={`countdown urgency-${urgency}${overdue ? " countdown-overdue" : ""}`} data-overdue={overdue ? "true" : "false"}>
      <span class="countdown-time" title={source === "page" ? explanation : undefined}>
        {overdue ? "⚠ " : ""}
        {text}
      </span>
      {source === "rule" ? <EstimateMark lang={lang} explanation={explanation} /> : null}
    </span>
  );
}

/** The countdown of one computed clock: its source mark, explanation and colour follow the clock itself. */
export function DeadlineCountdown({ deadline, now, lang, zones }: { deadline: ComputedDeadline; now: Date; lang: UiLanguage; zones: Zones }) {
  return (
    <Countdown
      dueAt={deadline.dueAt}
      now={now}
      lang={lang}
      source={deadline.source}
      explanation={explanationText(deadline.explanation, lang, zones)}
      imprecise={deadline.imprecise === true}
      coloured={isSellerDeadline(deadline)}
    />
  );
}

/** DeadlineCountdown that ticks every second by itself from the parent's `now` (the popup: no list re-render per tick). */
export function TickingDeadlineCountdown(props: { deadline: ComputedDeadline; now: Date; lang: UiLanguage; zones: Zones }) {
  const now = useTickingNow(props.now);
  return <DeadlineCountdown {...props} now={now} />;
}
