// Toolbar badge (issue 6): the number of disputes needing the seller's action within 24 h,
// red when any is within 6 h or overdue, the tooltip naming them; empty when none.
import { t } from "../i18n/translate";
import type { UiLanguage } from "../model";
import type { RuleId } from "../rules/types";
import type { StaleList } from "./list-freshness";
import {
  badgeDeadlineLine,
  badgeHeaderText,
  badgeLoginExpiredLine,
  badgeMoreLine,
  badgeNoListReadLine,
  badgeStaleLine,
  type StoreNames,
} from "./notification-text";

const HOUR_MS = 3_600_000;
export const BADGE_WINDOW_HOURS = 24;
export const BADGE_URGENT_HOURS = 6;
export const BADGE_RED = "#d93025";
export const BADGE_AMBER = "#f29900";
const NAMED_IN_TOOLTIP = 5;

/** A seller-side (alarm) deadline of an open dispute the seller has not marked handled. */
export interface BadgeDeadline {
  disputeId: string;
  orderId: string | null;
  rule: RuleId;
  dueAt: string;
}

export interface BadgeItems {
  deadlines: BadgeDeadline[];
  staleLists: StaleList[];
  /** Stores whose last reading found the login expired. */
  loginExpiredChannels: string[];
  /** No dispute list was ever read: the extension knows of no store yet. */
  noListRead: boolean;
  /** The seller's names for stores (Settings.storeNames). */
  storeNames?: StoreNames;
}

export interface BadgePlan {
  text: string;
  color: typeof BADGE_RED | typeof BADGE_AMBER;
  title: string;
}

/** The moments a deadline changes the badge: entering the 24 h window, the 6 h window, and running out. */
export function badgeMarksOf(dueAt: string): Date[] {
  const due = Date.parse(dueAt);
  return [new Date(due - BADGE_WINDOW_HOURS * HOUR_MS), new Date(due - BADGE_URGENT_HOURS * HOUR_MS), new Date(due)];
}

export function computeBadge(items: BadgeItems, now: Date, lang: UiLanguage): BadgePlan {
  // One entry per dispute: its most pressing deadline.
  const earliestByDispute = new Map<string, BadgeDeadline>();
  for (const deadline of items.deadlines) {
    const known = earliestByDispute.get(deadline.disputeId);
    if (!known || Date.parse(deadline.dueAt) < Date.parse(known.dueAt)) earliestByDispute.set(deadline.disputeId, deadline);
  }
  const due = [...earliestByDispute.values()]
    .filter((deadline) => Date.parse(deadline.dueAt) - now.getTime() <= BADGE_WINDOW_HOURS * HOUR_MS)
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  const urgent = due.some((deadline) => Date.parse(deadline.dueAt) - now.getTime() <= BADGE_URGENT_HOURS * HOUR_MS);

  const lines = [t(lang, "app_name"), badgeHeaderText(due.length, lang)];
  for (const deadline of due.slice(0, NAMED_IN_TOOLTIP)) {
    lines.push(badgeDeadlineLine(deadline.orderId, new Date(deadline.dueAt), now, lang));
  }
  if (due.length > NAMED_IN_TOOLTIP) lines.push(badgeMoreLine(due.length - NAMED_IN_TOOLTIP, lang));
  for (const channelId of items.loginExpiredChannels) lines.push(badgeLoginExpiredLine(channelId, lang, items.storeNames));
  for (const stale of items.staleLists) lines.push(badgeStaleLine(stale.channelId, stale.lastCompleteReadAt, now, lang, items.storeNames));
  if (items.noListRead) lines.push(badgeNoListReadLine(lang));

  return {
    text: due.length === 0 ? "" : due.length > 99 ? "99+" : String(due.length),
    color: urgent ? BADGE_RED : BADGE_AMBER,
    title: lines.join("\n"),
  };
}
