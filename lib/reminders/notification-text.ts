// The texts of reminders and of the toolbar badge (issue 6: "the text names the order, the product, the reason,
// the time left and what happens at expiry, in the UI language"), put together from public/_locales through t().
import type { DisputeReason, UiLanguage } from "../model";
import type { DeadlineSource, RuleId } from "../rules/types";
import { reasonName as uiReasonName } from "../i18n/display-names";
import { formatElapsed } from "../i18n/format-duration";
import { underscored } from "../i18n/message-name";
import { t } from "../i18n/translate";


/** "2 d 3 h", "5 h 20 min", "45 min", "< 1 min" / "2天3小时", "5小时20分", "45分钟", "不到1分钟" — the UI's own wording. */
export function formatDuration(ms: number, lang: UiLanguage): string {
  return formatElapsed(ms, lang);
}

/** "5 h 20 min left" / "剩余5小时20分"; past the deadline, "overdue by 2 h" / "已超时2小时". */
export function formatTimeLeft(dueAt: Date, now: Date, lang: UiLanguage): string {
  const left = dueAt.getTime() - now.getTime();
  if (left <= 0) return t(lang, "notify_overdue_by", { duration: formatDuration(-left, lang) });
  return t(lang, "notify_left", { duration: formatDuration(left, lang) });
}

/** The reason in human words (the UI's names); for an unrecognised reason the page's own text, if any. */
export function reasonName(reason: DisputeReason, reasonText: string | null, lang: UiLanguage): string {
  if (reason === "unknown" && reasonText) return reasonText;
  return uiReasonName(reason, lang);
}

// What the seller must do, and what happens when the clock runs out, per seller-side clock (DOMAIN.md §1).
const SELLER_CLOCKS = ["R-RESPOND", "R-RECEIPT", "R-EVIDENCE", "R-CANCEL", "R-SHIP"] as const;
type SellerClock = (typeof SELLER_CLOCKS)[number];
const isSellerClock = (rule: RuleId): rule is SellerClock => (SELLER_CLOCKS as readonly RuleId[]).includes(rule);

export function ruleAction(rule: RuleId, lang: UiLanguage): string {
  return isSellerClock(rule) ? t(lang, `notify_action_${underscored(rule)}`) : t(lang, "notify_action_default");
}

export function expiryText(rule: RuleId, lang: UiLanguage): string | null {
  return isSellerClock(rule) ? t(lang, `notify_expiry_${underscored(rule)}`) : null;
}

/** Product titles are long; a notification has room for about one line. */
export function shortenProduct(title: string, maxLength = 40): string {
  const clean = title.replace(/\s+/g, " ").trim();
  if (clean.length <= maxLength) return clean;
  return `${clean.slice(0, maxLength - 1).trimEnd()}…`;
}

/** The seller's own name for the store when given one in the options (Settings.storeNames). */
export type StoreNames = Readonly<Record<string, string>>;

function storeName(channelId: string, lang: UiLanguage, names: StoreNames = {}): string {
  const named = names[channelId];
  if (named) return named;
  return channelId ? t(lang, "notify_store", { store: channelId }) : t(lang, "notify_store_unnamed");
}

function orderName(orderId: string | null, lang: UiLanguage): string {
  return orderId ? t(lang, "notify_order", { order: orderId }) : t(lang, "notify_order_unknown");
}

export interface NotificationText {
  title: string;
  message: string;
}

export interface DeadlineWarning {
  rule: RuleId;
  dueAt: string;
  source: DeadlineSource;
  orderId: string | null;
  productTitle: string | null;
  /** Null for an order's own clocks (ship-by, cancellation), which have no dispute reason. */
  reason: DisputeReason | null;
  reasonText: string | null;
}

/**
 * Title: action, order and time left; message: product, reason and what happens at expiry.
 * A deadline estimated from a rule says so: it is never shown as fact (DOMAIN.md §1).
 */
export function deadlineNotificationText(warning: DeadlineWarning, now: Date, lang: UiLanguage): NotificationText {
  const left = formatTimeLeft(new Date(warning.dueAt), now, lang);
  const estimated = warning.source === "rule" ? t(lang, "notify_estimated") : "";
  const separator = t(lang, "notify_separator");
  const title = `${ruleAction(warning.rule, lang)}${separator}${orderName(warning.orderId, lang)}${separator}${left}${estimated}`;
  const parts: string[] = [];
  if (warning.productTitle) parts.push(shortenProduct(warning.productTitle));
  if (warning.reason) parts.push(reasonName(warning.reason, warning.reasonText, lang));
  const expiry = expiryText(warning.rule, lang);
  const lines = [parts.join(separator)];
  if (expiry) lines.push(t(lang, "notify_if_nothing", { expiry }));
  return { title, message: lines.filter((line) => line.length > 0).join("\n") };
}

export function summaryNotificationText(count: number, mostUrgent: DeadlineWarning, now: Date, lang: UiLanguage): NotificationText {
  const left = formatTimeLeft(new Date(mostUrgent.dueAt), now, lang);
  return {
    title: t(lang, "notify_summary_title", { count }),
    // Mid-sentence: "respond to the dispute" (Chinese has no case to lower).
    message: t(lang, "notify_summary_message", { order: orderName(mostUrgent.orderId, lang), action: ruleAction(mostUrgent.rule, lang).toLowerCase(), left }),
  };
}

/** The passive reader's blind spot: disputes opened since the last complete read are invisible. */
export function staleListNotificationText(channelId: string, lastCompleteReadAt: string | null, now: Date, lang: UiLanguage, names: StoreNames = {}): NotificationText {
  const store = capitalise(storeName(channelId, lang, names));
  const age = lastCompleteReadAt
    ? t(lang, "notify_stale_age", { duration: formatDuration(now.getTime() - Date.parse(lastCompleteReadAt), lang) })
    : t(lang, "notify_stale_never");
  return { title: t(lang, "notify_stale_title", { age }), message: t(lang, "notify_stale_message", { store }) };
}

export function loginExpiredNotificationText(channelId: string, lang: UiLanguage, names: StoreNames = {}): NotificationText {
  const store = capitalise(storeName(channelId, lang, names));
  return { title: t(lang, "notify_login_title"), message: t(lang, "notify_login_message", { store }) };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Buttons of a dispute warning on Chrome and Edge, in the order of notification-actions.ts. */
export function notificationButtonTitles(lang: UiLanguage): [open: string, snooze: string] {
  return [t(lang, "notify_button_open"), t(lang, "notify_button_snooze")];
}

// Toolbar badge tooltip lines.

export function badgeHeaderText(count: number, lang: UiLanguage): string {
  if (count === 0) return t(lang, "badge_header_none");
  return t(lang, count === 1 ? "badge_header_one" : "badge_header_many", { count });
}

export function badgeDeadlineLine(orderId: string | null, dueAt: Date, now: Date, lang: UiLanguage): string {
  return t(lang, "badge_order_line", { order: capitalise(orderName(orderId, lang)), left: formatTimeLeft(dueAt, now, lang) });
}

export function badgeMoreLine(more: number, lang: UiLanguage): string {
  return t(lang, "badge_more", { count: more });
}

export function badgeStaleLine(channelId: string, lastCompleteReadAt: string | null, now: Date, lang: UiLanguage, names: StoreNames = {}): string {
  const title = staleListNotificationText(channelId, lastCompleteReadAt, now, lang, names).title;
  return t(lang, "badge_stale_line", { title, store: storeName(channelId, lang, names) });
}

export function badgeLoginExpiredLine(channelId: string, lang: UiLanguage, names: StoreNames = {}): string {
  return t(lang, "badge_login_line", { store: capitalise(storeName(channelId, lang, names)) });
}

export function badgeNoListReadLine(lang: UiLanguage): string {
  return t(lang, "badge_no_list");
}
