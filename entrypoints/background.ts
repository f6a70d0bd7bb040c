import { browser } from "wxt/browser";
import { openSentinelDb } from "@/lib/db/open";
import { createSentinelService } from "@/lib/background/sentinel-service";
import { onMessages } from "@/lib/messages";
import { answerRepliesRequest } from "@/lib/replies/answer-request";
import { NEXT_WAKE_ALARM } from "@/lib/reminders/apply-plan";
import { openOrFocusTab } from "@/lib/background/open-or-focus-tab";

// Wiring only: every listener is registered synchronously at start (MV3 wakes the worker for them), and each
// one waits for the database before handing the event to the service.
export default defineBackground(() => {
  const service = openSentinelDb().then((db) =>
    createSentinelService({
      db,
      clock: () => new Date(),
      browserZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
      browserLanguage: () => browser.i18n.getUILanguage(),
      reminderApi: browser,
      // Firefox has no notification buttons; snooze lives in its popup.
      supportsNotificationButtons: import.meta.env.BROWSER !== "firefox",
      iconUrl: browser.runtime.getURL("/icon/128.png"),
      openUrl: (url) => openOrFocusTab(browser.tabs, url),
    }),
  );

  onMessages({
    reading: async ({ reading }) => (await service).handleReading(reading),
    "toggle-checklist": async ({ disputeId, itemId }) => (await service).toggleChecklist(disputeId, itemId),
    "popup-state": async () => (await service).popupState(),
    snooze: async ({ disputeId, hours }) => (await service).snooze(disputeId, hours),
    "toggle-handled": async ({ disputeId }) => (await service).toggleHandled(disputeId),
    "open-dispute": async ({ disputeId }) => (await service).openDispute(disputeId),
    "get-settings": async () => (await service).getSettings(),
    "save-settings": async ({ settings }) => (await service).saveSettings(settings),
    "export-backup": async () => (await service).exportBackup(),
    "import-backup": async ({ json }) => (await service).importBackup(json),
    "export-spreadsheet": async () => (await service).exportSpreadsheet(),
    "data-summary": async () => (await service).dataSummary(),
    "clear-all-data": async () => (await service).clearAllData(),
    "suggested-replies": async (request) => answerRepliesRequest(request),
  });

  const replan = () => void service.then((s) => s.replan());
  const refreshAndReplan = () => void service.then((s) => s.refreshAndReplan());
  browser.runtime.onInstalled.addListener(refreshAndReplan);
  browser.runtime.onStartup.addListener(refreshAndReplan);
  browser.alarms.onAlarm.addListener((alarm) => {
    // Retention runs here and on start-up (refreshAndReplan): no alarm of its own is needed.
    if (alarm.name === NEXT_WAKE_ALARM) void service.then((s) => s.pruneAndReplan());
  });
  browser.notifications.onClicked.addListener((id) => void service.then((s) => s.notificationClicked(id, null)));
  browser.notifications.onButtonClicked?.addListener((id, index) => void service.then((s) => s.notificationClicked(id, index)));
  // A worker woken for no event of ours still re-plans: the badge must follow the clock.
  replan();
});
