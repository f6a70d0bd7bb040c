import { browser } from "wxt/browser";
import { openSentinelDb } from "@/lib/db/open";
import { createSentinelService } from "@/lib/background/sentinel-service";
import { onMessages } from "@/lib/messages";
import { NEXT_WAKE_ALARM } from "@/lib/reminders/apply-plan";
import { openOrFocusTab } from "@/lib/background/open-or-focus-tab";
import { createWatchRunner, WATCH_ALARM } from "@/lib/watch/watch-runner";
import { sessionWatchRunStore } from "@/lib/watch/session-run-store";

// Wiring only: every listener is registered synchronously at start (MV3 wakes the worker for them), and each
// one waits for the database before handing the event to the service.
export default defineBackground(() => {
  const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  const service = openSentinelDb().then((db) => {
    const watch = createWatchRunner({
      db,
      clock: () => new Date(),
      browserZone,
      // Tabs the extension opens itself can be read, and closed, without the "tabs" permission.
      tabs: {
        create: (props) => browser.tabs.create(props),
        remove: (tabId) => browser.tabs.remove(tabId),
        get: (tabId) => browser.tabs.get(tabId),
      },
      alarms: browser.alarms,
      runStore: sessionWatchRunStore(browser.storage.session),
      // A sign-out's notice and the badge follow at once.
      afterCheck: () => service.then((s) => s.replan()),
    });
    return createSentinelService({
      db,
      clock: () => new Date(),
      browserZone,
      browserLanguage: () => browser.i18n.getUILanguage(),
      reminderApi: browser,
      // Firefox has no notification buttons; snooze lives in its popup.
      supportsNotificationButtons: import.meta.env.BROWSER !== "firefox",
      iconUrl: browser.runtime.getURL("/icon/128.png"),
      openUrl: (url) => openOrFocusTab(browser.tabs, url),
      watch,
    });
  });

  onMessages({
    reading: async ({ reading }, sender) => (await service).handleReading(reading, sender.tabId),
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
    "suggested-replies": async (request) => (await service).replies.suggestedReplies(request),
    "check-now": async () => (await service).checkNow(),
    "dispute-view": async ({ disputeId }) => (await service).disputeView(disputeId),
    "set-note": async ({ disputeId, note }) => (await service).setNote(disputeId, note),
    "set-buyer-language": async ({ disputeId, language }) => (await service).replies.setBuyerLanguage(disputeId, language),
    "dispute-evidence": async ({ disputeId, language }) => (await service).replies.disputeEvidence(disputeId, language),
    "reply-templates": async () => (await service).replies.replyTemplates(),
    "save-reply-template": async ({ draft }) => (await service).replies.saveReplyTemplate(draft),
    "hide-reply-template": async ({ language, id }) => (await service).replies.hideReplyTemplate(language, id),
    "delete-reply-template": async ({ language, id }) => (await service).replies.deleteReplyTemplate(language, id),
  });

  const replan = () => void service.then((s) => s.replan());
  const refreshAndReplan = () => void service.then((s) => s.refreshAndReplan());
  browser.runtime.onInstalled.addListener((details) => {
    refreshAndReplan();
    // First run: what the extension does, which pages to open, and whether to turn the watch on (asked once).
    if (details.reason === "install") void browser.tabs.create({ url: browser.runtime.getURL("/welcome.html") });
  });
  browser.runtime.onStartup.addListener(refreshAndReplan);
  browser.alarms.onAlarm.addListener((alarm) => {
    // Retention runs here and on start-up (refreshAndReplan): no alarm of its own is needed.
    if (alarm.name === NEXT_WAKE_ALARM) void service.then((s) => s.pruneAndReplan());
    if (alarm.name === WATCH_ALARM) void service.then((s) => s.watchAlarm());
  });
  // The watch's own tab: done loading (maybe on the sign-in page), or closed by the seller.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === "complete") void service.then((s) => s.watchTabComplete(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => void service.then((s) => s.watchTabRemoved(tabId)));
  browser.notifications.onClicked.addListener((id) => void service.then((s) => s.notificationClicked(id, null)));
  browser.notifications.onButtonClicked?.addListener((id, index) => void service.then((s) => s.notificationClicked(id, index)));
  // A worker woken for no event of ours still re-plans: the badge must follow the clock.
  replan();
});
