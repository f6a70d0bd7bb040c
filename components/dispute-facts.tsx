// What the popup's row and its dispute view both show of a dispute: status, the ids and facts list, the clocks.
import type { DisputeRecord, UiLanguage } from "../lib/model";
import { reasonName, statusName } from "../lib/i18n/display-names";
import type { Zones } from "../lib/i18n/explanation-text";
import { formatMoney } from "../lib/i18n/format-money";
import { t } from "../lib/i18n/translate";
import { CopyButton } from "./copy-button";
import { DeadlineLine } from "./deadline-line";
import { primaryDeadline, type DisputeWithDeadlines } from "./sort-disputes";

/** The status as the extension understood it; the page's own words when it did not. */
export function StatusLabel({ record, lang }: { record: DisputeRecord; lang: UiLanguage }) {
  return (
    <span class={`status status-${record.status}`} title={record.statusText ?? undefined}>
      {record.status === "unknown" && record.statusText ? record.statusText : statusName(record.status, lang)}
    </span>
  );
}

export interface DisputeFactsProps {
  record: DisputeRecord;
  lang: UiLanguage;
  onCopy?(text: string): Promise<boolean>;
}

/** Full ids (selectable, never cut: they are what the seller searches for), reason, buyer and refund asked. */
export function DisputeFacts({ record, lang, onCopy }: DisputeFactsProps) {
  const unknownValue = t(lang, "popup_unknown_value");
  return (
    <dl class="row-ids">
      <dt>{t(lang, "popup_order_id")}</dt>
      <dd>
        <span class="id-value order-id">{record.orderId ?? unknownValue}</span>
        {record.orderId !== null && onCopy ? (
          <CopyButton text={record.orderId} lang={lang} onCopy={onCopy} label={t(lang, "popup_copy_order_id", { id: record.orderId })} />
        ) : null}
      </dd>
      <dt>{t(lang, "popup_dispute_id")}</dt>
      <dd class="id-value dispute-id" title={record.disputeId}>
        {record.shownDisputeId ?? record.disputeId}
      </dd>
      <dt>{t(lang, "popup_reason")}</dt>
      <dd class="reason" title={record.reasonText ?? undefined}>
        {/* Not read yet (the list's JSON carries no reason): "unknown", not "unrecognised". */}
        {record.reason === "unknown" ? (record.reasonText ?? unknownValue) : reasonName(record.reason, lang)}
      </dd>
      {record.buyer !== null ? (
        <>
          <dt>{t(lang, "popup_buyer")}</dt>
          <dd class="buyer">
            {record.buyer}
            {record.buyerCountry ? ` (${record.buyerCountry})` : ""}
          </dd>
        </>
      ) : null}
      {record.refundRequested !== null ? (
        <>
          <dt>{t(lang, "popup_refund")}</dt>
          <dd class="refund">{formatMoney(record.refundRequested, lang)}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** Every clock of the dispute, the one the seller must beat first; running clocks that cannot be dated say why. */
export function DisputeClocks({ item, now, lang, browserZone, platformZone }: Zones & { item: DisputeWithDeadlines; now: Date; lang: UiLanguage }) {
  const primary = primaryDeadline(item.deadlines);
  const ordered = primary === null ? [...item.deadlines] : [primary, ...item.deadlines.filter((d) => d !== primary)];
  const zones: Zones = { browserZone, platformZone };
  return (
    <div class="row-deadlines">
      {ordered.map((deadline) => (
        <DeadlineLine key={`${deadline.rule}|${deadline.dueAt}`} deadline={deadline} now={now} lang={lang} {...zones} />
      ))}
      {(item.unknown ?? []).map((clock) => (
        <DeadlineLine key={`unknown|${clock.rule}`} unknown={clock} now={now} lang={lang} {...zones} />
      ))}
    </div>
  );
}
