// The reminders-sent store would grow forever: these are the entries that can no longer stop a
// repeat, so the background may delete them. Pure, `now` injected.
import type { SentReminder } from "../model";

const DAY_MS = 86_400_000;
/** A deadline passed this long ago gets no warning any more (plan-reminders: passed → none). */
const KEEP_AFTER_DEADLINE_MS = 7 * DAY_MS;
/** Stale-list keys carry their day; login keys their expiry: old ones match nothing current. */
const KEEP_NOTICE_MS = 30 * DAY_MS;

/** Keys of sent reminders safe to delete at `now`. */
export function findPrunableSentReminders(sent: SentReminder[], now: Date): string[] {
  const nowMs = now.getTime();
  return sent
    .filter((reminder) => {
      if (reminder.dueAt !== null) return Date.parse(reminder.dueAt) < nowMs - KEEP_AFTER_DEADLINE_MS;
      return Date.parse(reminder.sentAt) < nowMs - KEEP_NOTICE_MS;
    })
    .map((reminder) => reminder.key);
}
