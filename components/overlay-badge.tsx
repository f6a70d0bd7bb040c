// The small overlay the content script mounts beside a dispute row or on its detail page:
// countdown (or "deadline unknown" and why), status, and an expandable evidence checklist.
// Inline, in the page's flow: it never sits over the page's own controls. Styles: overlayStyles,
// injected by the content script into the overlay's shadow root.
import { useState } from "preact/hooks";
import type { UiLanguage } from "../lib/model";
import type { OverlayRecord } from "../lib/messages";
import type { UnknownDeadline } from "../lib/rules/compute-deadlines";
import type { ComputedDeadline } from "../lib/rules/types";
import { evidenceChecklist } from "../lib/evidence/checklists";
import { statusName } from "../lib/i18n/display-names";
import { unknownReasonText, type Zones } from "../lib/i18n/explanation-text";
import { t } from "../lib/i18n/translate";
import { DeadlineCountdown } from "./countdown";
import { isClosed, primaryDeadline } from "./sort-disputes";
import { ReplySuggestions } from "./reply-suggestions";
import type { ReplyLanguage } from "../lib/replies/languages";
import type { ReplyValues } from "../lib/replies/placeholders";
import type { ReplySuggestion } from "../lib/replies/suggested-replies";
import { TooltipText } from "./tooltip-text";
import { deadlineUrgency } from "./urgency";


export type OverlayBadgeProps = Zones & {
  record: OverlayRecord;
  deadlines: readonly ComputedDeadline[];
  unknown?: readonly UnknownDeadline[];
  now: Date;
  lang: UiLanguage;
  onToggleChecklist(itemId: string): void;
  /** Puts a suggested reply on the clipboard; false when the browser refused. */
  onCopyReply(text: string): Promise<boolean>;
  /** The suggested replies for this dispute's reason and status in a language. */
  loadReplies(language: ReplyLanguage, values: ReplyValues): Promise<ReplySuggestion[]>;
  /** Start with the checklist open (e.g. on the dispute's detail page). */
  defaultExpanded?: boolean;
};

export function OverlayBadge(props: OverlayBadgeProps) {
  const { record, now, lang } = props;
  // One panel open at a time: the evidence checklist or the suggested replies.
  const [open, setOpen] = useState<"checklist" | "replies" | null>(props.defaultExpanded === true ? "checklist" : null);
  const expanded = open === "checklist";
  const zones: Zones = { browserZone: props.browserZone, platformZone: props.platformZone };
  const closed = isClosed(record);
  const deadline = closed ? null : primaryDeadline(props.deadlines);
  const unknownClock =
    closed || deadline !== null
      ? null
      : ((props.unknown ?? []).find((clock) => clock.actor === "seller") ?? props.unknown?.[0] ?? null);
  const items = evidenceChecklist(record.reason, record.reasonText);
  const done = items.filter((item) => record.checklist[item.id] === true).length;
  const panelId = `sentinel-checklist-${record.disputeId}`;
  const repliesId = `sentinel-replies-${record.disputeId}`;
  const urgency = deadline === null ? "grey" : deadlineUrgency(deadline, now);

  return (
    <div class={`sentinel-badge urgency-${urgency}`} lang={lang === "zh" ? "zh-CN" : "en"}>
      <div class="sentinel-summary">
        {deadline !== null ? (
          <DeadlineCountdown deadline={deadline} now={now} lang={lang} zones={zones} />
        ) : unknownClock !== null ? (
          <TooltipText
            class="deadline-unknown-label"
            label={t(lang, "deadline.unknown")}
            tip={unknownReasonText(unknownClock.explanation, lang, zones)}
          />
        ) : null}
        <span class={`sentinel-status status-${record.status}`} title={record.statusText ?? undefined}>
          {record.status === "unknown" && record.statusText ? record.statusText : statusName(record.status, lang)}
        </span>
        <button
          type="button"
          class="sentinel-toggle"
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={() => setOpen(expanded ? null : "checklist")}
        >
          <span class="sentinel-toggle-label">{expanded ? t(lang, "overlay.hide-checklist") : t(lang, "overlay.show-checklist")}</span>{" "}
          <span class="sentinel-progress">{t(lang, "overlay.checklist-progress", { done, total: items.length })}</span>
        </button>
        <button
          type="button"
          class="sentinel-toggle sentinel-replies-toggle"
          aria-expanded={open === "replies"}
          aria-controls={repliesId}
          onClick={() => setOpen(open === "replies" ? null : "replies")}
        >
          <span class="sentinel-toggle-label">{open === "replies" ? t(lang, "overlay.hide-replies") : t(lang, "overlay.show-replies")}</span>
        </button>
      </div>
      {open === "replies" ? (
        <ReplySuggestions id={repliesId} record={record} deadlines={props.deadlines} now={now} lang={lang} onCopy={props.onCopyReply} loadReplies={props.loadReplies} />
      ) : null}
      {expanded ? (
        <ul class="sentinel-checklist" id={panelId}>
          {items.map((item) => (
            <li key={item.id}>
              <label>
                <input
                  type="checkbox"
                  checked={record.checklist[item.id] === true}
                  onChange={() => props.onToggleChecklist(item.id)}
                />
                <span>{item.text[lang]}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
