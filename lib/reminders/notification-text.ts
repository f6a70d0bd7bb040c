// Every string the reminders and the toolbar badge show, in English and Chinese (issue 6:
// "the text names the order, the product, the reason, the time left and what happens at
// expiry, in the UI language"). The popup keeps its own strings in lib/i18n.
import type { DisputeReason, UiLanguage } from "../model";
import type { DeadlineSource, RuleId } from "../rules/types";
import { reasonName as uiReasonName } from "../i18n/display-names";
import { formatElapsed } from "../i18n/format-duration";


/** "2 d 3 h", "5 h 20 min", "45 min", "< 1 min" / "2天3小时", "5小时20分", "45分钟", "不到1分钟" — the UI's own wording. */
export function formatDuration(ms: number, lang: UiLanguage): string {
  return formatElapsed(ms, lang);
}

/** "5 h 20 min left" / "剩余5小时20分"; past the deadline, "overdue by 2 h" / "已超时2小时". */
export function formatTimeLeft(dueAt: Date, now: Date, lang: UiLanguage): string {
  const left = dueAt.getTime() - now.getTime();
  if (left <= 0) {
    const late = formatDuration(-left, lang);
    return lang === "zh" ? `已超时${late}` : `overdue by ${late}`;
  }
  const duration = formatDuration(left, lang);
  return lang === "zh" ? `剩余${duration}` : `${duration} left`;
}

/** The reason in human words (the UI's names); for an unrecognised reason the page's own text, if any. */
export function reasonName(reason: DisputeReason, reasonText: string | null, lang: UiLanguage): string {
  if (reason === "unknown" && reasonText) return reasonText;
  return uiReasonName(reason, lang);
}

// What the seller must do, per seller-side clock (DOMAIN.md §1).
const RULE_ACTIONS: Partial<Record<RuleId, Record<UiLanguage, string>>> = {
  "R-RESPOND": { en: "Respond to the dispute", zh: "回应纠纷" },
  "R-RECEIPT": { en: "Confirm receipt of the return", zh: "确认收到退货" },
  "R-EVIDENCE": { en: "Submit the requested evidence", zh: "提交平台要求的证据" },
  "R-CANCEL": { en: "Answer the cancellation request", zh: "处理买家取消申请" },
  "R-SHIP": { en: "Ship the order", zh: "订单发货" },
};

// What happens when the clock runs out (DOMAIN.md §1, "when it runs out").
const RULE_EXPIRIES: Partial<Record<RuleId, Record<UiLanguage, string>>> = {
  "R-RESPOND": { en: "the platform refunds the buyer as requested", zh: "系统将按买家方案执行" },
  "R-RECEIPT": { en: "the buyer is refunded automatically", zh: "系统将自动退款给买家" },
  "R-EVIDENCE": { en: "the case is decided on what was submitted", zh: "平台将按已提交的证据裁决" },
  "R-CANCEL": { en: "the order is cancelled automatically", zh: "订单将被自动取消" },
  "R-SHIP": { en: "the order is cancelled and refunded", zh: "订单将被取消并退款" },
};

export function ruleAction(rule: RuleId, lang: UiLanguage): string {
  return RULE_ACTIONS[rule]?.[lang] ?? (lang === "zh" ? "处理截止" : "Deadline");
}

export function expiryText(rule: RuleId, lang: UiLanguage): string | null {
  return RULE_EXPIRIES[rule]?.[lang] ?? null;
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
  if (lang === "zh") return channelId ? `店铺 ${channelId}` : "您的店铺";
  return channelId ? `store ${channelId}` : "your store";
}

function orderName(orderId: string | null, lang: UiLanguage): string {
  if (lang === "zh") return orderId ? `订单 ${orderId}` : "订单号未知";
  return orderId ? `order ${orderId}` : "order number unknown";
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
  const estimated = warning.source === "rule" ? (lang === "zh" ? "（估算）" : " (estimated)") : "";
  const separator = lang === "zh" ? "，" : " · ";
  const title = `${ruleAction(warning.rule, lang)}${separator}${orderName(warning.orderId, lang)}${separator}${left}${estimated}`;
  const parts: string[] = [];
  if (warning.productTitle) parts.push(shortenProduct(warning.productTitle));
  if (warning.reason) parts.push(reasonName(warning.reason, warning.reasonText, lang));
  const expiry = expiryText(warning.rule, lang);
  const lines = [parts.join(separator)];
  if (expiry) lines.push(lang === "zh" ? `超时后${expiry}。` : `If nothing is done, ${expiry}.`);
  return { title, message: lines.filter((line) => line.length > 0).join("\n") };
}

export function summaryNotificationText(count: number, mostUrgent: DeadlineWarning, now: Date, lang: UiLanguage): NotificationText {
  const left = formatTimeLeft(new Date(mostUrgent.dueAt), now, lang);
  if (lang === "zh") {
    return {
      title: `${count} 项纠纷或订单即将超时`,
      message: `最紧急：${orderName(mostUrgent.orderId, lang)}，${ruleAction(mostUrgent.rule, lang)}，${left}。`,
    };
  }
  return {
    title: `${count} disputes or orders are running out of time`,
    message: `Most urgent: ${orderName(mostUrgent.orderId, lang)}, ${ruleAction(mostUrgent.rule, lang).toLowerCase()}, ${left}.`,
  };
}

/** The passive reader's blind spot: disputes opened since the last complete read are invisible. */
export function staleListNotificationText(channelId: string, lastCompleteReadAt: string | null, now: Date, lang: UiLanguage, names: StoreNames = {}): NotificationText {
  const store = storeName(channelId, lang, names);
  if (lang === "zh") {
    const age = lastCompleteReadAt ? `已有${formatDuration(now.getTime() - Date.parse(lastCompleteReadAt), lang)}未完整读取` : "从未完整读取";
    return { title: `纠纷列表${age}`, message: `${store}：请打开纠纷列表（不加筛选），以便发现新的纠纷。` };
  }
  const age = lastCompleteReadAt ? `not read completely for ${formatDuration(now.getTime() - Date.parse(lastCompleteReadAt), lang)}` : "never read completely";
  return {
    title: `Dispute list ${age}`,
    message: `${capitalise(store)}: open the dispute list (no filter) so new disputes can be seen.`,
  };
}

export function loginExpiredNotificationText(channelId: string, lang: UiLanguage, names: StoreNames = {}): NotificationText {
  const store = storeName(channelId, lang, names);
  if (lang === "zh") {
    return { title: "卖家后台登录已过期", message: `${store}：请重新登录。在此之前，提醒只基于已知的信息。` };
  }
  return {
    title: "Seller center login expired",
    message: `${capitalise(store)}: sign in again. Until then, reminders use only what was already known.`,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Buttons of a dispute warning on Chrome and Edge, in the order of notification-actions.ts. */
export function notificationButtonTitles(lang: UiLanguage): [open: string, snooze: string] {
  return lang === "zh" ? ["打开", "1小时后提醒"] : ["Open", "Snooze 1 h"];
}

// Toolbar badge tooltip lines.

export function badgeHeaderText(count: number, lang: UiLanguage): string {
  if (lang === "zh") return count > 0 ? `${count} 个纠纷需在24小时内处理` : "24小时内没有需要处理的纠纷";
  if (count === 0) return "No dispute needs your action within 24 h";
  return count === 1 ? "1 dispute needs your action within 24 h" : `${count} disputes need your action within 24 h`;
}

export function badgeDeadlineLine(orderId: string | null, dueAt: Date, now: Date, lang: UiLanguage): string {
  const order = orderName(orderId, lang);
  return `• ${lang === "en" ? capitalise(order) : order}: ${formatTimeLeft(dueAt, now, lang)}`;
}

export function badgeMoreLine(more: number, lang: UiLanguage): string {
  return lang === "zh" ? `……另有 ${more} 个` : `+${more} more`;
}

export function badgeStaleLine(channelId: string, lastCompleteReadAt: string | null, now: Date, lang: UiLanguage, names: StoreNames = {}): string {
  return `⚠ ${staleListNotificationText(channelId, lastCompleteReadAt, now, lang, names).title} (${storeName(channelId, lang, names)})`;
}

export function badgeLoginExpiredLine(channelId: string, lang: UiLanguage, names: StoreNames = {}): string {
  const store = storeName(channelId, lang, names);
  return lang === "zh" ? `⚠ ${store}：登录已过期` : `⚠ ${capitalise(store)}: login expired`;
}

export function badgeNoListReadLine(lang: UiLanguage): string {
  return lang === "zh" ? "尚未读取过纠纷列表：请打开一次卖家后台的纠纷列表。" : "No dispute list read yet: open the seller center's dispute list once.";
}
