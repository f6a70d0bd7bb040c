// The reminder planner (issue 6): from what the database holds and the time `now`, decide which
// notifications to show, what to mark as sent, the toolbar badge, and when to wake next.
// Pure: the background re-runs it on install, update, browser start, every alarm and every
// settings change, feeding back what was recorded, so a crossing is notified exactly once.
//
// Decisions (issue 6 left them open):
// - A dispute the seller marked handled gets no warnings and is not counted in the badge: the
//   seller said it needs no action. Closed and refunding disputes have no clock (DOMAIN.md §1).
// - A dispute "not seen since" a complete list is still warned about: unknown beats silent.
// - Snooze lives on the dispute record; order warnings (R-SHIP, R-CANCEL) have no snooze button.
// - The badge counts disputes only; orders are warned about but not counted.
// - Snooze and quiet hours hold a warning without recording it, except a warning whose deadline
//   falls before the hold ends, which goes out at once.
import { TZDate } from "@date-fns/tz";
import {
  FINISHED_STATUSES,
  type DisputeReason,
  type DisputeRecord,
  type ListReadStatus,
  type OrderRecord,
  type SentReminder,
  type Settings,
  type UiLanguage,
} from "../model";
import { computeDeadlines, computeOrderDeadlines } from "../rules/compute-deadlines";
import type { ComputedDeadline, RuleId } from "../rules/types";
import { badgeMarksOf, computeBadge, type BadgeDeadline, type BadgePlan } from "./badge";
import { findStaleLists, staleMarkOf } from "./list-freshness";
import { disputeDetailUrl, disputeListUrl, notificationIdOf, orderDetailUrl } from "./notification-id";
import {
  deadlineNotificationText,
  loginExpiredNotificationText,
  staleListNotificationText,
  summaryNotificationText,
  type DeadlineWarning,
} from "./notification-text";
import { findQuietWindow } from "./quiet-hours";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** A deadline that moved by less than this is the same deadline (countdown jitter, issue 6). */
const SAME_DEADLINE_MS = 2 * MINUTE_MS;
/** More warnings than this at once become one summary (issue 6). */
const MAX_SEPARATE_NOTIFICATIONS = 3;
/** Clocks warned about with the order thresholds; every other alarm clock uses the dispute ones. */
const ORDER_RULES: readonly RuleId[] = ["R-SHIP", "R-CANCEL"];

export type NotificationPriority = 0 | 1 | 2;

export interface PlannedNotification {
  /** Stable per subject (see notification-id.ts): a newer warning replaces the older one. */
  id: string;
  title: string;
  message: string;
  subject: { kind: "dispute" | "order" | "summary" | "notice"; id: string; url: string | null };
  /** "Open" and "Snooze 1 h", where the browser has buttons (dispute warnings only). */
  buttons: boolean;
  priority: NotificationPriority;
}

export interface ReminderPlan {
  notifications: PlannedNotification[];
  /** What to store as sent; fed back as `sent` on the next run. */
  record: SentReminder[];
  /** ISO UTC, always after `now`; null when nothing will change by itself. */
  nextWakeAt: string | null;
  badge: BadgePlan;
}

export interface ReminderPlanInput {
  disputes: DisputeRecord[];
  orders: OrderRecord[];
  sent: SentReminder[];
  listReads: ListReadStatus[];
  settings: Settings;
  now: Date;
  uiLanguage: UiLanguage;
  /** The browser's IANA zone: quiet hours and the stale notice's day are read in it. */
  browserZone: string;
  /** Injected for tests; the rulebook's computeDeadlines by default. */
  deadlinesOfDispute?: (record: DisputeRecord, now: Date, settings: Settings) => ComputedDeadline[];
  deadlinesOfOrder?: (order: OrderRecord, now: Date, settings: Settings) => ComputedDeadline[];
}

export function sentReminderKey(subjectId: string, rule: string, dueAt: string | null, thresholdHours: number | null): string {
  return `${subjectId}|${rule}|${dueAt ?? ""}|${thresholdHours ?? ""}`;
}

interface Subject {
  kind: "dispute" | "order";
  id: string;
  channelId: string;
  url: string;
  orderId: string | null;
  productTitle: string | null;
  reason: DisputeReason | null;
  reasonText: string | null;
  snoozedUntil: number | null;
}

/** One alarm deadline with crossed thresholds not yet recorded. */
interface Crossing {
  subject: Subject;
  deadline: ComputedDeadline;
  dueMs: number;
  /** The most urgent crossed threshold, when it has not been notified yet; null: only record. */
  notifyAt: number | null;
  unsentThresholds: number[];
}

export function planReminders(input: ReminderPlanInput): ReminderPlan {
  const { settings, now, uiLanguage: lang } = input;
  const nowMs = now.getTime();
  const ofDispute = input.deadlinesOfDispute ?? computeDeadlines;
  const ofOrder = input.deadlinesOfOrder ?? computeOrderDeadlines;
  // The earliest future moment anything changes; kept as a running minimum (thousands of disputes).
  let nextWake = Number.POSITIVE_INFINITY;
  const wakeAt = (ms: number): void => {
    if (ms > nowMs && ms < nextWake) nextWake = ms;
  };
  const sentIndex = indexSent(input.sent);
  const isSent = (subject: Subject, rule: string, dueMs: number, threshold: number): boolean =>
    (sentIndex.get(`${subject.kind}|${subject.id}|${rule}|${threshold}`) ?? []).some((sentDue) => Math.abs(sentDue - dueMs) < SAME_DEADLINE_MS);

  const badgeDeadlines: BadgeDeadline[] = [];
  const crossings: Crossing[] = [];

  const consider = (subject: Subject, deadlines: ComputedDeadline[]): void => {
    for (const deadline of deadlines) {
      if (!deadline.alarm || deadline.informational) continue;
      const dueMs = Date.parse(deadline.dueAt);
      if (Number.isNaN(dueMs)) continue;
      if (subject.kind === "dispute") {
        badgeDeadlines.push({ disputeId: subject.id, orderId: subject.orderId, rule: deadline.rule, dueAt: deadline.dueAt });
        for (const mark of badgeMarksOf(deadline.dueAt)) wakeAt(mark.getTime());
      }
      // A deadline already passed gets no new threshold warning; the badge shows it overdue.
      if (dueMs <= nowMs) continue;
      const thresholds = thresholdsFor(deadline.rule, settings);
      const crossed = thresholds.filter((hours) => dueMs - nowMs <= hours * HOUR_MS);
      for (const hours of thresholds) if (!crossed.includes(hours)) wakeAt(dueMs - hours * HOUR_MS);
      const unsentThresholds = crossed.filter((hours) => !isSent(subject, deadline.rule, dueMs, hours));
      if (unsentThresholds.length === 0) continue;
      // First seen inside a threshold, or waking after sleep: only the most urgent crossed one is shown.
      const mostUrgent = Math.min(...crossed);
      crossings.push({
        subject,
        deadline,
        dueMs,
        notifyAt: unsentThresholds.includes(mostUrgent) ? mostUrgent : null,
        unsentThresholds,
      });
    }
  };

  for (const dispute of input.disputes) {
    // Handled: the seller marked it done; neither warned about nor counted (it needs no action).
    if (dispute.handled || FINISHED_STATUSES.includes(dispute.status)) continue;
    consider(disputeSubject(dispute), ofDispute(dispute, now, settings));
  }
  for (const order of input.orders) consider(orderSubject(order), ofOrder(order, now, settings));

  const quiet = findQuietWindow(settings.quietHours, now, input.browserZone);
  const holdEnd = (crossing: Crossing): number | null => {
    // Snooze and quiet hours hold a warning, except one whose deadline falls before the hold ends.
    let end: number | null = null;
    const snooze = crossing.subject.snoozedUntil;
    if (snooze !== null && snooze > nowMs && crossing.dueMs >= snooze) end = snooze;
    if (quiet && crossing.dueMs >= quiet.end.getTime()) end = Math.max(end ?? 0, quiet.end.getTime());
    return end;
  };

  const record: SentReminder[] = [];
  const outgoing: Crossing[] = [];
  for (const crossing of crossings) {
    const held = holdEnd(crossing);
    if (held !== null) {
      wakeAt(held);
      continue;
    }
    for (const hours of crossing.unsentThresholds) record.push(sentReminderOf(crossing, hours, now));
    if (crossing.notifyAt !== null) outgoing.push(crossing);
  }

  const notifications = warningNotifications(outgoing, now, lang);
  notifications.push(...noticeNotifications(input, now, quiet?.end ?? null, record, wakeAt));

  const staleLists = findStaleLists(input.listReads, settings, now);
  const badge = computeBadge(
    {
      deadlines: badgeDeadlines,
      staleLists,
      loginExpiredChannels: input.listReads.filter((status) => status.loginExpiredAt !== null).map((status) => status.channelId),
      noListRead: input.listReads.length === 0,
      storeNames: settings.storeNames,
    },
    now,
    lang,
  );

  const nextWakeAt = Number.isFinite(nextWake) ? new Date(nextWake).toISOString() : null;
  return { notifications, record, nextWakeAt, badge };
}

function thresholdsFor(rule: RuleId, settings: Settings): number[] {
  const hours = ORDER_RULES.includes(rule) ? settings.orderThresholdsHours : settings.disputeThresholdsHours;
  return [...new Set(hours.filter((value) => Number.isFinite(value) && value > 0))];
}

function indexSent(sent: SentReminder[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const reminder of sent) {
    if (reminder.subjectKind === "notice" || reminder.dueAt === null || reminder.thresholdHours === null) continue;
    const key = `${reminder.subjectKind}|${reminder.subjectId}|${reminder.rule}|${reminder.thresholdHours}`;
    const dues = index.get(key) ?? [];
    dues.push(Date.parse(reminder.dueAt));
    index.set(key, dues);
  }
  return index;
}

function disputeSubject(dispute: DisputeRecord): Subject {
  const snooze = dispute.snoozedUntil === null ? null : Date.parse(dispute.snoozedUntil);
  return {
    kind: "dispute",
    id: dispute.disputeId,
    channelId: dispute.channelId ?? "",
    url: disputeDetailUrl(dispute.disputeId),
    orderId: dispute.orderId,
    productTitle: dispute.productTitle,
    reason: dispute.reason,
    reasonText: dispute.reasonText,
    snoozedUntil: snooze === null || Number.isNaN(snooze) ? null : snooze,
  };
}

function orderSubject(order: OrderRecord): Subject {
  return {
    kind: "order",
    id: order.orderId,
    channelId: order.channelId ?? "",
    url: orderDetailUrl(order.orderId, order.channelId ?? ""),
    orderId: order.orderId,
    productTitle: null,
    reason: null,
    reasonText: null,
    snoozedUntil: null,
  };
}

function sentReminderOf(crossing: Crossing, hours: number, now: Date): SentReminder {
  const { subject, deadline } = crossing;
  return {
    key: sentReminderKey(subject.id, deadline.rule, deadline.dueAt, hours),
    subjectId: subject.id,
    subjectKind: subject.kind,
    rule: deadline.rule,
    dueAt: deadline.dueAt,
    thresholdHours: hours,
    sentAt: now.toISOString(),
  };
}

function priorityOf(dueMs: number, now: Date): NotificationPriority {
  const left = dueMs - now.getTime();
  if (left <= 6 * HOUR_MS) return 2;
  return left <= 24 * HOUR_MS ? 1 : 0;
}

function warningOf(crossing: Crossing): DeadlineWarning {
  return {
    rule: crossing.deadline.rule,
    dueAt: crossing.deadline.dueAt,
    source: crossing.deadline.source,
    orderId: crossing.subject.orderId,
    productTitle: crossing.subject.productTitle,
    reason: crossing.subject.reason,
    reasonText: crossing.subject.reasonText,
  };
}

/** One notification per subject (its most pressing deadline); more than three subjects → one summary. */
function warningNotifications(outgoing: Crossing[], now: Date, lang: UiLanguage): PlannedNotification[] {
  const bySubject = new Map<string, Crossing>();
  for (const crossing of outgoing) {
    const key = `${crossing.subject.kind}|${crossing.subject.id}`;
    const known = bySubject.get(key);
    if (!known || crossing.dueMs < known.dueMs) bySubject.set(key, crossing);
  }
  const chosen = [...bySubject.values()].sort((a, b) => a.dueMs - b.dueMs);
  const mostUrgent = chosen[0];
  if (mostUrgent === undefined) return [];
  if (chosen.length > MAX_SEPARATE_NOTIFICATIONS) {
    const text = summaryNotificationText(chosen.length, warningOf(mostUrgent), now, lang);
    const channelId = mostUrgent.subject.channelId;
    const id = notificationIdOf({ kind: "summary", channelId, at: now.getTime() });
    return [{ id, ...text, subject: { kind: "summary", id, url: disputeListUrl(channelId) }, buttons: false, priority: priorityOf(mostUrgent.dueMs, now) }];
  }
  return chosen.map((crossing) => {
    const { subject } = crossing;
    const id =
      subject.kind === "dispute"
        ? notificationIdOf({ kind: "dispute", disputeId: subject.id })
        : notificationIdOf({ kind: "order", orderId: subject.id, channelId: subject.channelId });
    return {
      id,
      ...deadlineNotificationText(warningOf(crossing), now, lang),
      subject: { kind: subject.kind, id: subject.id, url: subject.url },
      // Snooze is stored on the dispute record; orders have no snooze of their own.
      buttons: subject.kind === "dispute",
      priority: priorityOf(crossing.dueMs, now),
    };
  });
}

/** The local calendar day in the browser's zone: the stale notice comes once a day. */
function localDayOf(now: Date, zone: string): { key: string; nextMidnight: number } {
  const local = new TZDate(now.getTime(), zone);
  const key = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, "0")}-${String(local.getDate()).padStart(2, "0")}`;
  const nextMidnight = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + 1, 0, 0, zone).getTime();
  return { key, nextMidnight };
}

/** Stale-list notices (once a day per store) and login-expired notices (once per expiry). Quiet hours hold them. */
function noticeNotifications(
  input: ReminderPlanInput,
  now: Date,
  quietEnd: Date | null,
  record: SentReminder[],
  wakeAt: (ms: number) => void,
): PlannedNotification[] {
  const { settings, uiLanguage: lang } = input;
  const sentKeys = new Set(input.sent.map((reminder) => reminder.key));
  const notifications: PlannedNotification[] = [];
  const day = localDayOf(now, input.browserZone);
  const notice = (key: string, rule: string, channelId: string, build: () => PlannedNotification): void => {
    if (sentKeys.has(key)) return;
    if (quietEnd) {
      wakeAt(quietEnd.getTime());
      return;
    }
    notifications.push(build());
    record.push({ key, subjectId: channelId, subjectKind: "notice", rule, dueAt: null, thresholdHours: null, sentAt: now.toISOString() });
  };

  for (const status of input.listReads) {
    const mark = staleMarkOf(status, settings);
    if (mark) wakeAt(mark.getTime());
  }
  const staleLists = findStaleLists(input.listReads, settings, now);
  if (staleLists.length > 0) wakeAt(day.nextMidnight);
  for (const stale of staleLists) {
    const id = notificationIdOf({ kind: "stale", channelId: stale.channelId });
    notice(`stale|${stale.channelId}|${day.key}`, "stale-list", stale.channelId, () => ({
      id,
      ...staleListNotificationText(stale.channelId, stale.lastCompleteReadAt, now, lang, settings.storeNames),
      subject: { kind: "notice", id, url: disputeListUrl(stale.channelId) },
      buttons: false,
      priority: 0,
    }));
  }
  for (const status of input.listReads) {
    if (status.loginExpiredAt === null) continue;
    const id = notificationIdOf({ kind: "login", channelId: status.channelId });
    notice(`login|${status.channelId}|${status.loginExpiredAt}`, "login-expired", status.channelId, () => ({
      id,
      ...loginExpiredNotificationText(status.channelId, lang, settings.storeNames),
      subject: { kind: "notice", id, url: disputeListUrl(status.channelId) },
      buttons: false,
      priority: 1,
    }));
  }
  return notifications;
}
