// One dispute in the popup: full ids (selectable, never cut: they are what the seller searches
// for), product, reason, status, every clock, how old our data is, and the seller's actions.
import type { UiLanguage } from "../lib/model";
import { reasonName, statusName } from "../lib/i18n/display-names";
import type { Zones } from "../lib/i18n/explanation-text";
import { formatElapsed } from "../lib/i18n/format-duration";
import { instantLine } from "../lib/i18n/instant-text";
import { t } from "../lib/i18n/translate";
import { formatMoney } from "../lib/i18n/format-money";
import { CopyButton } from "./copy-button";
import { DeadlineLine } from "./deadline-line";
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

export function DisputeRow({ item, now, lang, browserZone, platformZone, onOpen, onSnooze, onToggleHandled, onViewDetails, onCopy, storeName }: DisputeRowProps) {
  const { record } = item;
  const zones: Zones = { browserZone, platformZone };
  const closed = isClosed(record);
  const primary = primaryDeadline(item.deadlines);
  const ordered = primary === null ? [...item.deadlines] : [primary, ...item.deadlines.filter((d) => d !== primary)];
  const urgency = primary === null || record.handled ? "grey" : deadlineUrgency(primary, now);
  const unknownValue = t(lang, "popup.unknown-value");
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
        <span class={`status status-${record.status}`} title={record.statusText ?? undefined}>
          {record.status === "unknown" && record.statusText ? record.statusText : statusName(record.status, lang)}
        </span>
      </div>
      {storeName ? <div class="row-store">{storeName}</div> : null}
      <dl class="row-ids">
        <dt>{t(lang, "popup.order-id")}</dt>
        <dd>
          <span class="id-value order-id">{record.orderId ?? unknownValue}</span>
          {record.orderId !== null && onCopy ? (
            <CopyButton text={record.orderId} lang={lang} onCopy={onCopy} label={t(lang, "popup.copy-order-id", { id: record.orderId })} />
          ) : null}
        </dd>
        <dt>{t(lang, "popup.dispute-id")}</dt>
        <dd class="id-value dispute-id" title={record.disputeId}>
          {record.shownDisputeId ?? record.disputeId}
        </dd>
        <dt>{t(lang, "popup.reason")}</dt>
        <dd class="reason" title={record.reasonText ?? undefined}>
          {/* Not read yet (the list's JSON carries no reason): "unknown", not "unrecognised". */}
          {record.reason === "unknown" ? (record.reasonText ?? t(lang, "popup.unknown-value")) : reasonName(record.reason, lang)}
        </dd>
        {record.buyer !== null ? (
          <>
            <dt>{t(lang, "popup.buyer")}</dt>
            <dd class="buyer">
              {record.buyer}
              {record.buyerCountry ? ` (${record.buyerCountry})` : ""}
            </dd>
          </>
        ) : null}
        {record.refundRequested !== null ? (
          <>
            <dt>{t(lang, "popup.refund")}</dt>
            <dd class="refund">{formatMoney(record.refundRequested, lang)}</dd>
          </>
        ) : null}
      </dl>
      {closed ? null : (
        <div class="row-deadlines">
          {ordered.map((deadline) => (
            <DeadlineLine key={`${deadline.rule}|${deadline.dueAt}`} deadline={deadline} now={now} lang={lang} {...zones} />
          ))}
          {(item.unknown ?? []).map((clock) => (
            <DeadlineLine key={`unknown|${clock.rule}`} unknown={clock} now={now} lang={lang} {...zones} />
          ))}
        </div>
      )}
      <div class="row-meta">
        <span class="data-age">
          {record.notSeenSince !== null
            ? t(lang, "popup.not-seen-since", { time: instantLine(record.notSeenSince, browserZone, platformZone, lang) })
            : ageMs < MINUTE_MS
              ? t(lang, "popup.data-fresh")
              : t(lang, "popup.data-age", { age: formatElapsed(ageMs, lang) })}
        </span>
        {snoozed && record.snoozedUntil !== null ? (
          <span class="snoozed">
            {t(lang, "popup.snoozed-until", { time: ownZoneTime(record.snoozedUntil, browserZone, lang) })}
          </span>
        ) : null}
        {record.handled ? <span class="handled-mark">{t(lang, "popup.handled")}</span> : null}
      </div>
      <div class="row-actions">
        <button type="button" class="primary" onClick={() => onOpen(record.disputeId)}>
          {t(lang, "popup.open")}
        </button>
        {onViewDetails ? (
          <button type="button" onClick={() => onViewDetails(record.disputeId)}>
            {t(lang, "popup.details")}
          </button>
        ) : null}
        {closed ? null : (
          <button type="button" onClick={() => onSnooze(record.disputeId)}>
            {t(lang, "popup.snooze")}
          </button>
        )}
        <button type="button" aria-pressed={record.handled} onClick={() => onToggleHandled(record.disputeId)}>
          {record.handled ? t(lang, "popup.unmark-handled") : t(lang, "popup.mark-handled")}
        </button>
      </div>
    </li>
  );
}

/** The snooze end in the seller's own zone only: it is their alarm, not a platform time. */
function ownZoneTime(iso: string, browserZone: string, lang: UiLanguage): string {
  return instantLine(iso, browserZone, browserZone, lang);
}
