// The reminder API on WXT's fake browser, for tests of the background that do not look at what was shown.
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { ReminderApi } from "../apply-plan";

export const fakeReminderApi: ReminderApi = {
  notifications: { create: (id, options) => fakeBrowser.notifications.create(id, options) },
  alarms: { create: (name, info) => fakeBrowser.alarms.create(name, info), clear: (name) => fakeBrowser.alarms.clear(name) },
  action: {
    setBadgeText: (details) => fakeBrowser.action.setBadgeText(details),
    setBadgeBackgroundColor: (details) => fakeBrowser.action.setBadgeBackgroundColor(details),
    setTitle: (details) => fakeBrowser.action.setTitle(details),
  },
};
