// The thin shell around the planner: turns a ReminderPlan into browser calls. The background
// stores `plan.record` in the database itself (one writer, DESIGN.md).
import { notificationButtonTitles } from "./notification-text";
import type { ReminderPlan } from "./plan-reminders";

/** Browsers cap the number of alarms: one "next wake" alarm, re-planned on every wake (issue 6). */
export const NEXT_WAKE_ALARM = "next-wake";

export interface ReminderNotificationOptions {
  type: "basic";
  iconUrl: string;
  title: string;
  message: string;
  priority?: number;
  buttons?: { title: string }[];
}

/** The subset of `browser` the reminders use; both WXT's `browser` and its fake browser fit it. */
export interface ReminderApi {
  notifications: { create(notificationId: string, options: ReminderNotificationOptions): Promise<string> };
  alarms: {
    create(name: string, alarmInfo: { when: number }): void | Promise<void>;
    clear(name: string): Promise<boolean>;
  };
  action: {
    setBadgeText(details: { text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { color: string }): Promise<void>;
    setTitle(details: { title: string }): Promise<void>;
  };
}

export interface ApplyOptions {
  /** Chrome and Edge show notification buttons; Firefox has none (snooze lives in its popup). */
  supportsButtons: boolean;
  /** The extension's icon, e.g. browser.runtime.getURL("/icon/128.png"). */
  iconUrl?: string;
  uiLanguage?: "en" | "zh";
}

export async function applyReminderPlan(plan: ReminderPlan, api: ReminderApi, opts: ApplyOptions): Promise<void> {
  const lang = opts.uiLanguage ?? "en";
  // The wake-up alarm and the badge first: a notification the browser refuses must not leave the
  // extension without its next wake (nothing else would re-plan).
  if (plan.nextWakeAt === null) await api.alarms.clear(NEXT_WAKE_ALARM);
  else await api.alarms.create(NEXT_WAKE_ALARM, { when: Date.parse(plan.nextWakeAt) });
  await api.action.setBadgeText({ text: plan.badge.text });
  await api.action.setBadgeBackgroundColor({ color: plan.badge.color });
  await api.action.setTitle({ title: plan.badge.title });
  const failures: unknown[] = [];
  for (const planned of plan.notifications) {
    const options: ReminderNotificationOptions = {
      type: "basic",
      iconUrl: opts.iconUrl ?? "/icon/128.png",
      title: planned.title,
      message: planned.message,
    };
    // Firefox rejects or ignores both keys: send them only where they work.
    if (opts.supportsButtons) {
      options.priority = planned.priority;
      if (planned.buttons) options.buttons = notificationButtonTitles(lang).map((title) => ({ title }));
    }
    try {
      await api.notifications.create(planned.id, options);
    } catch (error) {
      // One refused notification does not keep the others from showing.
      failures.push(error);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, `${failures.length} notification(s) could not be shown`);
}
