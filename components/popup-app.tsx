// The toolbar popup: counts, notices, then every dispute, most urgent first (seller deadlines,
// then information only, closed collapsed at the end). Props in, callbacks out: the lead wires
// them to messages in entrypoints/popup.
import type { UiLanguage } from "../lib/model";
import { t } from "../lib/i18n/translate";
import { DisputeRow } from "./dispute-row";
import type { ListNotice } from "../lib/reminders/list-notices";
import { NoticeList } from "./notice-list";
import { countNeedingAction, disputeGroup, sortDisputes, type DisputeWithDeadlines } from "./sort-disputes";
import "./app-styles.css";

export interface PopupAppProps {
  items: readonly DisputeWithDeadlines[];
  notices: readonly ListNotice[];
  now: Date;
  lang: UiLanguage;
  browserZone: string;
  platformZone: string;
  /** Display names of stores by channelId, if known (otherwise "store <channelId>"). */
  storeNames?: Readonly<Record<string, string>>;
  onOpen(disputeId: string): void;
  onSnooze(disputeId: string): void;
  onToggleHandled(disputeId: string): void;
  onOpenOptions(): void;
}

export function PopupApp(props: PopupAppProps) {
  const { items, notices, now, lang } = props;
  const sorted = sortDisputes(items);
  const openItems = sorted.filter((item) => disputeGroup(item) !== "closed");
  const closedItems = sorted.filter((item) => disputeGroup(item) === "closed");
  const urgentCount = countNeedingAction(items, now);
  const rowProps = {
    now,
    lang,
    browserZone: props.browserZone,
    platformZone: props.platformZone,
    onOpen: props.onOpen,
    onSnooze: props.onSnooze,
    onToggleHandled: props.onToggleHandled,
  };

  return (
    <div class="popup" lang={lang === "zh" ? "zh-CN" : "en"}>
      <header class="popup-header">
        <h1>{t(lang, "app.name")}</h1>
        <div class="counts">
          <span class={`count-urgent${urgentCount > 0 ? " has-urgent" : ""}`}>
            {t(lang, "popup.urgent-count", { count: urgentCount })}
          </span>
          <span class="count-open">{t(lang, "popup.open-count", { count: openItems.length })}</span>
        </div>
        <button type="button" class="link-button" onClick={props.onOpenOptions}>
          {t(lang, "popup.settings")}
        </button>
      </header>
      <NoticeList notices={notices} now={now} lang={lang} storeNames={props.storeNames} />
      {items.length === 0 ? (
        <section class="empty-state">
          <h2>{t(lang, "popup.empty-title")}</h2>
          <p>{t(lang, "popup.empty-body")}</p>
        </section>
      ) : (
        <>
          <ul class="dispute-list">
            {openItems.map((item) => (
              <DisputeRow key={item.record.disputeId} item={item} {...rowProps} />
            ))}
          </ul>
          {closedItems.length > 0 ? (
            <details class="closed-section">
              <summary>{t(lang, "popup.section-closed", { count: closedItems.length })}</summary>
              <ul class="dispute-list">
                {closedItems.map((item) => (
                  <DisputeRow key={item.record.disputeId} item={item} {...rowProps} />
                ))}
              </ul>
            </details>
          ) : null}
        </>
      )}
    </div>
  );
}
