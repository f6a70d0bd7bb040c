// The small overlay the content script mounts beside a dispute row or on its detail page:
// countdown (or "deadline unknown" and why), status, and an expandable evidence checklist.
// Inline, in the page's flow: it never sits over the page's own controls. Styles: overlayStyles,
// injected by the content script into the overlay's shadow root.
import { useEffect, useState } from "preact/hooks";
import type { UiLanguage } from "../lib/model";
import type { OverlayRecord } from "../lib/messages";
import type { UnknownDeadline } from "../lib/rules/compute-deadlines";
import type { ComputedDeadline } from "../lib/rules/types";
import { checklistEntries, checklistProgress, knownEvidenceOf, type KnownEvidence } from "../lib/evidence/known-evidence";
import { statusName } from "../lib/i18n/display-names";
import { unknownReasonText, type Zones } from "../lib/i18n/explanation-text";
import { t } from "../lib/i18n/translate";
import { DeadlineCountdown } from "./countdown";
import { isClosed, primaryDeadline } from "./sort-disputes";
import { ReplySuggestions, type ReplyInsertOutcome } from "./reply-suggestions";
import { EvidenceChecklist } from "./evidence-checklist";
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
  /** Puts a reply into the reply box the page has open (or copies it when there is none). */
  onInsertReply?(text: string): Promise<ReplyInsertOutcome>;
  /** The seller chose another reply language for this dispute: remember it. */
  onReplyLanguageChange?(language: ReplyLanguage): void;
  /** What the dispute's order tells the checklist, and the evidence summary; asked for when the checklist opens. */
  loadEvidence?(): Promise<{ known: KnownEvidence; summary: string } | null>;
  /** Start with the checklist open (e.g. on the dispute's detail page). */
  defaultExpanded?: boolean;
  /** The panel to start with, as the seller last left it (the detail page remembers it); wins over defaultExpanded. */
  initialPanel?: OverlayPanel | null;
  /** The seller opened or closed a panel: to be remembered for the next dispute page. */
  onPanelChange?(panel: OverlayPanel | null): void;
};

/** The overlay's collapsible panels: one open at a time. */
export type OverlayPanel = "checklist" | "replies";

export function OverlayBadge(props: OverlayBadgeProps) {
  const { record, now, lang } = props;
  // One panel open at a time: the evidence checklist or the suggested replies.
  const [open, setOpenPanel] = useState<OverlayPanel | null>(
    props.initialPanel !== undefined ? props.initialPanel : props.defaultExpanded === true ? "checklist" : null,
  );
  const setOpen = (panel: OverlayPanel | null) => {
    setOpenPanel(panel);
    props.onPanelChange?.(panel);
  };
  const expanded = open === "checklist";
  const zones: Zones = { browserZone: props.browserZone, platformZone: props.platformZone };
  const closed = isClosed(record);
  const deadline = closed ? null : primaryDeadline(props.deadlines);
  const unknownClock =
    closed || deadline !== null
      ? null
      : ((props.unknown ?? []).find((clock) => clock.actor === "seller") ?? props.unknown?.[0] ?? null);
  const [evidence, setEvidence] = useState<{ known: KnownEvidence; summary: string } | null>(null);
  // Asked once the checklist is first opened: a list of 500 rows sends no 500 messages.
  const wantEvidence = expanded && evidence === null && props.loadEvidence !== undefined;
  useEffect(() => {
    if (!wantEvidence) return;
    let current = true;
    props.loadEvidence?.().then(
      (loaded) => current && loaded !== null && setEvidence(loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [wantEvidence]);
  // Until the order is asked for, what the dispute itself knows (its carrier and tracking number).
  const known = evidence?.known ?? knownEvidenceOf(record, null);
  const { done, total } = checklistProgress(checklistEntries(record, known));
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
            label={t(lang, "deadline_unknown")}
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
          <span class="sentinel-toggle-label">{expanded ? t(lang, "overlay_hide_checklist") : t(lang, "overlay_show_checklist")}</span>{" "}
          <span class="sentinel-progress">{t(lang, "overlay_checklist_progress", { done, total })}</span>
        </button>
        <button
          type="button"
          class="sentinel-toggle sentinel-replies-toggle"
          aria-expanded={open === "replies"}
          aria-controls={repliesId}
          onClick={() => setOpen(open === "replies" ? null : "replies")}
        >
          <span class="sentinel-toggle-label">{open === "replies" ? t(lang, "overlay_hide_replies") : t(lang, "overlay_show_replies")}</span>
        </button>
      </div>
      {open === "replies" ? (
        <ReplySuggestions
          id={repliesId}
          record={record}
          deadlines={props.deadlines}
          now={now}
          lang={lang}
          onCopy={props.onCopyReply}
          loadReplies={props.loadReplies}
          onInsert={props.onInsertReply}
          onLanguageChange={props.onReplyLanguageChange}
        />
      ) : null}
      {expanded ? (
        <EvidenceChecklist
          id={panelId}
          record={record}
          known={known}
          lang={lang}
          browserZone={props.browserZone}
          platformZone={props.platformZone}
          onToggle={props.onToggleChecklist}
          summary={evidence?.summary ?? null}
          onCopy={props.onCopyReply}
        />
      ) : null}
    </div>
  );
}
