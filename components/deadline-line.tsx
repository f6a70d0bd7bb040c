// One clock of a dispute, in words: which rule, when it is due (seller's zone, platform time
// beside it when the zones differ), the countdown, whose move, and what happens at expiry.
// A clock that runs but cannot be dated says "Deadline unknown" and why (DOMAIN.md §1: never guess).
import type { UiLanguage } from "../lib/model";
import type { UnknownDeadline } from "../lib/rules/compute-deadlines";
import type { ComputedDeadline } from "../lib/rules/types";
import { actorName, ruleName } from "../lib/i18n/display-names";
import { explanationText, rulesMessageText, unknownReasonText, type Zones } from "../lib/i18n/explanation-text";
import { instantText } from "../lib/i18n/instant-text";
import { t } from "../lib/i18n/translate";
import { TickingDeadlineCountdown } from "./countdown";
import { deadlineUrgency } from "./urgency";

export type DeadlineLineProps = Zones & {
  now: Date;
  lang: UiLanguage;
} & ({ deadline: ComputedDeadline; unknown?: undefined } | { deadline?: undefined; unknown: UnknownDeadline });

export function DeadlineLine(props: DeadlineLineProps) {
  const { lang, now } = props;
  const zones: Zones = { browserZone: props.browserZone, platformZone: props.platformZone };
  if (props.deadline === undefined) {
    const clock = props.unknown;
    return (
      <div class="deadline-line deadline-unknown" data-rule={clock.rule}>
        <div class="deadline-head">
          <span class="deadline-rule">{ruleName(clock.rule, lang)}</span>
          <span class={`deadline-actor actor-${clock.actor}`}>{actorName(clock.actor, lang)}</span>
        </div>
        <div class="deadline-when">
          <strong class="deadline-unknown-label">{t(lang, "deadline_unknown")}</strong>
        </div>
        <div class="deadline-why">{unknownReasonText(clock.explanation, lang, zones)}</div>
      </div>
    );
  }
  const deadline = props.deadline;
  const due = instantText(deadline.dueAt, zones.browserZone, zones.platformZone, lang);
  return (
    <div
      class={`deadline-line urgency-${deadlineUrgency(deadline, now)}`}
      data-rule={deadline.rule}
      data-source={deadline.source}
    >
      <div class="deadline-head">
        <span class="deadline-rule">{ruleName(deadline.rule, lang)}</span>
        <span class={`deadline-actor actor-${deadline.actor}`}>{actorName(deadline.actor, lang)}</span>
        {deadline.informational ? <span class="deadline-info">{t(lang, "deadline_information")}</span> : null}
      </div>
      <div class="deadline-when">
        {deadline.informational ? (
          // Information only: a moment from which something may happen, never counted down as overdue.
          <span class="deadline-from" title={explanationText(deadline.explanation, lang, zones)}>
            {t(lang, "deadline_from", { time: due.local })}
          </span>
        ) : (
          <TickingDeadlineCountdown deadline={deadline} now={now} lang={lang} zones={zones} />
        )}
        {deadline.informational ? null : <span class="deadline-due">{t(lang, "deadline_due", { time: due.local })}</span>}
        {due.platform !== null ? (
          <span class="deadline-platform">{t(lang, "deadline_platform_time", { time: due.platform })}</span>
        ) : null}
      </div>
      <div class="deadline-expiry">{t(lang, "deadline_expiry", { what: rulesMessageText(deadline.expiry, lang) })}</div>
    </div>
  );
}
