// One dispute in full, in the popup (issue 11 "Dispute view"): its clocks with their explanations, the evidence
// checklist with progress, suggested replies in the buyer's language, the timeline, a private note and "handled".
// Props in, callbacks out; buyer and page texts render as text.
import { useState } from "preact/hooks";
import type { DisputeEvent, OrderRecord, UiLanguage } from "../lib/model";
import type { ReplyLanguage } from "../lib/replies/languages";
import type { ReplyValues } from "../lib/replies/placeholders";
import type { ReplySuggestion } from "../lib/replies/suggested-replies";
import type { KnownEvidence } from "../lib/evidence/known-evidence";
import { instantLine } from "../lib/i18n/instant-text";
import type { MessageKey } from "../lib/i18n/messages";
import { t } from "../lib/i18n/translate";
import { DisputeClocks, DisputeFacts, StatusLabel } from "./dispute-facts";
import { EvidenceChecklist } from "./evidence-checklist";
import { ReplySuggestions } from "./reply-suggestions";
import { isClosed, type DisputeWithDeadlines } from "./sort-disputes";

export interface DisputeViewProps {
  item: DisputeWithDeadlines;
  timeline: readonly DisputeEvent[];
  order: OrderRecord | null;
  now: Date;
  lang: UiLanguage;
  browserZone: string;
  platformZone: string;
  onBack(): void;
  onOpen(disputeId: string): void;
  onToggleHandled(disputeId: string): void;
  onToggleChecklist(disputeId: string, itemId: string): void;
  onSaveNote(disputeId: string, note: string): Promise<unknown>;
  onCopy(text: string): Promise<boolean>;
  loadReplies(language: ReplyLanguage, values: ReplyValues): Promise<ReplySuggestion[]>;
  /** The seller chose another reply language for this dispute: remembered for next time. */
  onLanguageChange?(language: ReplyLanguage): void;
  /** What the checklist can show filled, and the evidence summary to paste; null while it loads. */
  evidence: { known: KnownEvidence; summary: string } | null;
}

const EVENT_LABEL: Record<DisputeEvent["kind"], MessageKey> = {
  opened: "event_opened",
  "buyer-change": "event_buyer_change",
  updated: "event_updated",
  "status-change": "event_status_change",
  "deadline-change": "event_deadline_change",
  "return-agreed": "event_return_agreed",
  "return-shipped": "event_return_shipped",
  closed: "event_closed",
  "not-seen": "event_not_seen",
};

export function DisputeView(props: DisputeViewProps) {
  const { item, lang, now, browserZone, platformZone } = props;
  const { record } = item;
  const zones = { browserZone, platformZone };
  const [note, setNote] = useState(record.note);
  const [noteSaved, setNoteSaved] = useState(false);
  const closed = isClosed(record);
  const unknownValue = t(lang, "popup_unknown_value");
  const replyRecord = {
    ...record,
    carrier: record.carrier ?? props.order?.carrier ?? null,
    trackingNumber: record.trackingNumber ?? props.order?.trackingNumber ?? null,
    buyerCountry: record.buyerCountry ?? props.order?.buyerCountry ?? null,
  };

  return (
    <article class="dispute-view" lang={lang === "zh" ? "zh-CN" : "en"} data-dispute-id={record.disputeId}>
      <button type="button" class="link-button view-back" onClick={props.onBack}>
        ← {t(lang, "view_back")}
      </button>
      <header class="view-header">
        <h1 class="view-title">{record.productTitle ?? unknownValue}</h1>
        <StatusLabel record={record} lang={lang} />
      </header>
      <DisputeFacts record={record} lang={lang} onCopy={props.onCopy} />
      {closed ? null : (
        <DisputeClocks item={item} now={now} lang={lang} {...zones} />
      )}
      <div class="row-actions">
        <button type="button" class="primary" onClick={() => props.onOpen(record.disputeId)}>
          {t(lang, "popup_open")}
        </button>
        <button type="button" aria-pressed={record.handled} onClick={() => props.onToggleHandled(record.disputeId)}>
          {record.handled ? t(lang, "popup_unmark_handled") : t(lang, "popup_mark_handled")}
        </button>
      </div>

      <section class="view-section" aria-labelledby="view-checklist">
        <h2 id="view-checklist">{t(lang, "view_checklist")}</h2>
        <EvidenceChecklist
          record={record}
          known={props.evidence?.known ?? null}
          summary={props.evidence?.summary ?? null}
          lang={lang}
          browserZone={browserZone}
          platformZone={platformZone}
          onToggle={(itemId) => props.onToggleChecklist(record.disputeId, itemId)}
          onCopy={props.onCopy}
          showProgress
        />
      </section>

      {closed ? null : (
        <section class="view-section" aria-labelledby="view-replies">
          <h2 id="view-replies">{t(lang, "view_replies")}</h2>
          <ReplySuggestions
            id="view-replies-list"
            record={replyRecord}
            deadlines={item.deadlines}
            now={now}
            lang={lang}
            onCopy={props.onCopy}
            loadReplies={props.loadReplies}
            onLanguageChange={props.onLanguageChange}
          />
        </section>
      )}

      <section class="view-section" aria-labelledby="view-timeline">
        <h2 id="view-timeline">{t(lang, "view_timeline")}</h2>
        {props.timeline.length === 0 ? (
          <p class="field-hint">{t(lang, "view_timeline_empty")}</p>
        ) : (
          <ol class="view-timeline">
            {props.timeline.map((event, index) => (
              <li key={event.id ?? index}>
                <time dateTime={event.at}>{instantLine(event.at, browserZone, platformZone, lang)}</time>{" "}
                <span class="event-kind">{t(lang, EVENT_LABEL[event.kind])}</span>
                {event.from || event.to ? <span class="event-change"> {[event.from, event.to].map((value) => changeValue(value, zones, lang)).join(" → ")}</span> : null}
                {event.detail ? <div class="event-detail">{event.detail}</div> : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section class="view-section">
        <label class="field-label" for="view-note">
          {t(lang, "view_note")}
        </label>
        <p class="field-hint">{t(lang, "view_note_hint")}</p>
        <textarea
          id="view-note"
          class="view-note"
          rows={3}
          maxLength={4000}
          value={note}
          onInput={(event) => {
            setNote(event.currentTarget.value);
            setNoteSaved(false);
          }}
        />
        <div class="button-row">
          <button type="button" onClick={() => void props.onSaveNote(record.disputeId, note).then(() => setNoteSaved(true))}>
            {t(lang, "view_save_note")}
          </button>
          {noteSaved ? <span role="status">{t(lang, "view_note_saved")}</span> : null}
        </div>
      </section>
    </article>
  );
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/** A change's old or new value: an instant (a deadline) in the seller's zone, a status or text as it is, "—" for none. */
function changeValue(value: string | null | undefined, zones: { browserZone: string; platformZone: string }, lang: UiLanguage): string {
  if (value === null || value === undefined || value === "") return "—";
  return ISO_INSTANT.test(value) ? instantLine(value, zones.browserZone, zones.platformZone, lang) : value;
}
