// One dispute in the popup: full ids (selectable, never cut: they are what the seller searches
// for), product, reason, status, every clock, how old our data is, and the seller's actions.
import type { UiLanguage } from "../lib/model";
import type { Zones } from "../lib/i18n/explanation-text";
import { formatElapsed } from "../lib/i18n/format-duration";
import { instantLine } from "../lib/i18n/instant-text";
import { t } from "../lib/i18n/translate";
import { DisputeClocks, DisputeFacts, StatusLabel } from "./dispute-facts";
import { isClosed, primaryDeadline, type DisputeWithDeadlines } from "./sort-disputes";
import { deadlineUrgency } from "./urgency";

export type DisputeRowProps = Zones & {
  item: DisputeWithDeadlines;
  now: Date;
  lang: UiLanguage;
  onOpen(disputeId: string): void;
  onSnooze(disputeId: string): void;
  onToggleHandled(disputeId: string): void;
  /** Opens the dispute view (timeline, replies, checklist, note). */
  onViewDetails?(disputeId: string): void;
  /** Puts a text on the clipboard; false when the browser refused. */
  onCopy?(text: string): Promise<boolean>;
  /** The store's name, given only when the seller has several stores. */
  storeName?: string | null;
};

const MINUTE_MS = 60_000;

const URGENCY_LABEL = { overdue: "urgency_overdue", red: "urgency_red", amber: "urgency_amber" } as const;

export function DisputeRow({ item, now, lang, browserZone, platformZone, onOpen, onSnooze, onToggleHandled, onViewDetails, onCopy, storeName }: DisputeRowProps) {
  const { record } = item;
  const zones: Zones = { browserZone, platformZone };
  const closed = isClosed(record);
  const primary = primaryDeadline(item.deadlines);
  const urgency = primary === null || record.handled ? "grey" : deadlineUrgency(primary, now);
  const unknownValue = t(lang, "popup_unknown_value");
  const snoozed = record.snoozedUntil !== null && Date.parse(record.snoozedUntil) > now.getTime();
  const ageMs = now.getTime() - Date.parse(record.lastSeenAt);

  return (
    <li
      class={`dispute-row urgency-${urgency}${record.handled ? " is-handled" : ""}${closed ? " is-closed" : ""}`}
      data-dispute-id={record.disputeId}
    >
      <div class="row-top">
        <span class="product" title={record.productTitle ?? undefined}>
          {record.productTitle ?? unknownValue}
        </span>
        <StatusLabel record={record} lang={lang} />
      </div>
      {/* Urgency in words and a sign as well as the colour: not everyone tells red from amber. */}
      {urgency !== "grey" ? <div class={`urgency-label urgency-label-${urgency}`}>{t(lang, URGENCY_LABEL[urgency])}</div> : null}
      {storeName ? <div class="row-store">{storeName}</div> : null}
      <DisputeFacts record={record} lang={lang} onCopy={onCopy} />
      {closed ? null : (
        <DisputeClocks item={item} now={now} lang={lang} {...zones} />
      )}
      <div class="row-meta">
        <span class="data-age">
          {record.notSeenSince !== null
            ? t(lang, "popup_not_seen_since", { time: instantLine(record.notSeenSince, browserZone, platformZone, lang) })
            : ageMs < MINUTE_MS
              ? t(lang, "popup_data_fresh")
              : t(lang, "popup_data_age", { age: formatElapsed(ageMs, lang) })}
        </span>
        {snoozed && record.snoozedUntil !== null ? (
          <span class="snoozed">
            {t(lang, "popup_snoozed_until", { time: ownZoneTime(record.snoozedUntil, browserZone, lang) })}
          </span>
        ) : null}
        {record.handled ? <span class="handled-mark">{t(lang, "popup_handled")}</span> : null}
      </div>
      <div class="row-actions">
        <button type="button" class="primary" onClick={() => onOpen(record.disputeId)}>
          {t(lang, "popup_open")}
        </button>
        {onViewDetails ? (
          <button type="button" onClick={() => onViewDetails(record.disputeId)}>
            {t(lang, "popup_details")}
          </button>
        ) : null}
        {closed ? null : (
          <button type="button" onClick={() => onSnooze(record.disputeId)}>
            {t(lang, "popup_snooze")}
          </button>
        )}
        <button type="button" aria-pressed={record.handled} onClick={() => onToggleHandled(record.disputeId)}>
          {record.handled ? t(lang, "popup_unmark_handled") : t(lang, "popup_mark_handled")}
        </button>
      </div>
    </li>
  );
}

/** The snooze end in the seller's own zone only: it is their alarm, not a platform time. */
function ownZoneTime(iso: string, browserZone: string, lang: UiLanguage): string {
  return instantLine(iso, browserZone, browserZone, lang);
}
