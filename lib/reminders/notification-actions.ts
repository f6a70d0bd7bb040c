// What a click on one of our notifications means. Pure: the background performs it
// (open or focus a tab, store the snooze, re-plan).
import { disputeDetailUrl, disputeListUrl, orderDetailUrl, parseNotificationId } from "./notification-id";

export const SNOOZE_MS = 3_600_000;
/** Button order of dispute notifications on Chrome and Edge (Firefox has no buttons). */
export const OPEN_BUTTON_INDEX = 0;
export const SNOOZE_BUTTON_INDEX = 1;

export type NotificationAction =
  | { kind: "open"; url: string }
  | { kind: "snooze"; disputeId: string; until: string }
  | { kind: "open-popup" };

/** `buttonIndex` is null for a click on the notification's body. */
export function resolveNotificationClick(notificationId: string, buttonIndex: number | null, now: Date): NotificationAction {
  const subject = parseNotificationId(notificationId);
  if (!subject) return { kind: "open-popup" };
  switch (subject.kind) {
    case "dispute":
      if (buttonIndex === SNOOZE_BUTTON_INDEX) {
        return { kind: "snooze", disputeId: subject.disputeId, until: new Date(now.getTime() + SNOOZE_MS).toISOString() };
      }
      return { kind: "open", url: disputeDetailUrl(subject.disputeId) };
    case "order":
      return { kind: "open", url: orderDetailUrl(subject.orderId, subject.channelId) };
    case "summary":
    case "stale":
    case "login":
      // The list shows every dispute; a logged-out seller is sent to the login page from there.
      return { kind: "open", url: disputeListUrl(subject.channelId) };
  }
}
