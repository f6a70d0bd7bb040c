// The toolbar popup: counts, notices, the watch, then the disputes — triaged by a filter and a search, most urgent
// first (seller deadlines, then information only, closed collapsed at the end of "all open"), optionally grouped
// by buyer. Props in, callbacks out: entrypoints/popup wires them to messages. Countdowns tick by themselves
// (TickingDeadlineCountdown), so the list re-renders only when its data, filter or the minute clock changes.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { UiLanguage } from "../lib/model";
import { t } from "../lib/i18n/translate";
import type { MessageKey } from "../lib/i18n/messages";
import { DisputeRow, type DisputeRowProps } from "./dispute-row";
import type { ListNotice } from "../lib/reminders/list-notices";
import { NoticeList } from "./notice-list";
import { WatchPanel } from "./watch-panel";
import type { WatchView } from "../lib/watch/watch-runner";
import { countNeedingAction, disputeGroup, sortDisputes, type DisputeWithDeadlines } from "./sort-disputes";
import { countOpenedToday, filterCounts, filterDisputes, groupByBuyer, POPUP_FILTERS, type PopupFilter } from "./popup-filter";
import { storeLabel } from "./store-label";
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
  /** Opens the dispute view; without it rows have no Details button. */
  onViewDetails?(disputeId: string): void;
  onCopy?(text: string): Promise<boolean>;
  /** The watch's state; the panel with "Check now" shows when given. */
  watch?: WatchView | null;
  onCheckNow?(): void;
  /** Rows drawn at first, and added per "show more": a 1,000-dispute store opens as fast as a small one. */
  pageSize?: number;
}

const FILTER_LABEL: Record<PopupFilter, MessageKey> = {
  open: "popup_filter_open",
  "needs-action": "popup_filter_needs_action",
  "awaiting-buyer": "popup_filter_awaiting_buyer",
  "platform-review": "popup_filter_platform_review",
  closed: "popup_filter_closed",
  handled: "popup_filter_handled",
};

const DEFAULT_PAGE_SIZE = 60;

export function PopupApp(props: PopupAppProps) {
  const { items, notices, now, lang } = props;
  const pageSize = props.pageSize ?? DEFAULT_PAGE_SIZE;
  const [filter, setFilter] = useState<PopupFilter>("open");
  const [query, setQuery] = useState("");
  const [byBuyer, setByBuyer] = useState(false);
  const [shown, setShown] = useState(pageSize);

  const sorted = useMemo(() => sortDisputes(items), [items]);
  const counts = useMemo(() => filterCounts(sorted, query), [sorted, query]);
  const matching = useMemo(() => filterDisputes(sorted, filter, query), [sorted, filter, query]);
  // "All open" keeps the closed ones of the search collapsed at its end, as before filters existed.
  const closedOfSearch = useMemo(() => (filter === "open" ? filterDisputes(sorted, "closed", query) : []), [sorted, filter, query]);
  const urgentCount = countNeedingAction(items, now);
  const openCount = items.filter((item) => disputeGroup(item) !== "closed").length;
  const newToday = countOpenedToday(items, now, props.browserZone);
  // Store names only matter when there is more than one store.
  const stores = new Set(items.map((item) => item.record.channelId ?? ""));
  const storeNameOf = (channelId: string | null) => (stores.size > 1 ? storeLabel(channelId ?? "", lang, props.storeNames) : null);

  useEffect(() => setShown(pageSize), [filter, query, byBuyer, pageSize]);

  const rowProps = (item: DisputeWithDeadlines): DisputeRowProps => ({
    item,
    now,
    lang,
    browserZone: props.browserZone,
    platformZone: props.platformZone,
    onOpen: props.onOpen,
    onSnooze: props.onSnooze,
    onToggleHandled: props.onToggleHandled,
    onViewDetails: props.onViewDetails,
    onCopy: props.onCopy,
    storeName: storeNameOf(item.record.channelId),
  });
  const visible = matching.slice(0, shown);

  return (
    <div class="popup" lang={lang === "zh" ? "zh-CN" : "en"}>
      <header class="popup-header">
        <h1>{t(lang, "app_name")}</h1>
        <div class="counts">
          <span class={`count-urgent${urgentCount > 0 ? " has-urgent" : ""}`}>{t(lang, "popup_urgent_count", { count: urgentCount })}</span>
          <span class="count-open">{t(lang, "popup_open_count", { count: openCount })}</span>
          <span class="count-new">{t(lang, "popup_new_today", { count: newToday })}</span>
        </div>
        <button type="button" class="link-button" onClick={props.onOpenOptions}>
          {t(lang, "popup_settings")}
        </button>
      </header>
      <NoticeList notices={notices} now={now} lang={lang} storeNames={props.storeNames} />
      {props.watch ? (
        <WatchPanel
          watch={props.watch}
          now={now}
          lang={lang}
          browserZone={props.browserZone}
          platformZone={props.platformZone}
          storeNames={props.storeNames}
          onCheckNow={() => props.onCheckNow?.()}
        />
      ) : null}
      {items.length === 0 ? (
        <section class="empty-state">
          <h2>{t(lang, "popup_empty_title")}</h2>
          <p>{t(lang, "popup_empty_body")}</p>
        </section>
      ) : (
        <>
          <div class="popup-tools">
            <input
              type="search"
              class="popup-search"
              value={query}
              placeholder={t(lang, "popup_search")}
              aria-label={t(lang, "popup_search")}
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
            <div class="filter-buttons" role="group" aria-label={t(lang, "popup_filters")}>
              {POPUP_FILTERS.map((name) => (
                <button key={name} type="button" class="filter-button" aria-pressed={filter === name} onClick={() => setFilter(name)}>
                  {t(lang, FILTER_LABEL[name], { count: counts[name] })}
                </button>
              ))}
              <label class="group-toggle">
                <input type="checkbox" checked={byBuyer} onChange={(event) => setByBuyer(event.currentTarget.checked)} />
                {t(lang, "popup_group_by_buyer")}
              </label>
            </div>
          </div>
          {matching.length === 0 ? <p class="no-match">{t(lang, "popup_no_match")}</p> : null}
          {byBuyer ? (
            groupByBuyer(visible).map((group) => (
              <section class="buyer-group" key={group.buyer ?? ""}>
                <h2 class="buyer-group-title">
                  {t(lang, "popup_buyer_group", { buyer: group.buyer ?? t(lang, "popup_buyer_unknown"), count: group.items.length })}
                  {group.buyer !== null && group.items.length > 1 ? <span class="repeat-buyer">{t(lang, "popup_repeat_buyer")}</span> : null}
                </h2>
                <ul class="dispute-list">
                  {group.items.map((item) => (
                    <DisputeRow key={item.record.disputeId} {...rowProps(item)} />
                  ))}
                </ul>
              </section>
            ))
          ) : (
            <ul class="dispute-list">
              {visible.map((item) => (
                <DisputeRow key={item.record.disputeId} {...rowProps(item)} />
              ))}
            </ul>
          )}
          {matching.length > shown ? (
            <ShowMore count={Math.min(pageSize, matching.length - shown)} lang={lang} onMore={() => setShown((n) => n + pageSize)} />
          ) : null}
          {closedOfSearch.length > 0 ? (
            <details class="closed-section">
              <summary>{t(lang, "popup_section_closed", { count: closedOfSearch.length })}</summary>
              <ul class="dispute-list">
                {closedOfSearch.slice(0, shown).map((item) => (
                  <DisputeRow key={item.record.disputeId} {...rowProps(item)} />
                ))}
              </ul>
            </details>
          ) : null}
        </>
      )}
    </div>
  );
}

/** "Show N more": a button for the keyboard, and drawn by itself when scrolled into view where the browser can tell. */
function ShowMore({ count, lang, onMore }: { count: number; lang: UiLanguage; onMore(): void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const target = button.current;
    if (target === null || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) onMore();
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [onMore]);
  return (
    <button type="button" class="show-more" ref={button} onClick={onMore}>
      {t(lang, "popup_show_more", { count })}
    </button>
  );
}
