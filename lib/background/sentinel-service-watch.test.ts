// The background hands the watch what it needs (issue 13): the tab each reading came from, every settings
// change, the start-up re-plan; and the popup gets the watch's view. The watch itself: lib/watch/*.test.ts.
import { fakeBrowser } from "wxt/testing/fake-browser";
import { DEFAULT_SETTINGS } from "../model";
import { openSentinelDb } from "../db/open";
import { fakeReminderApi as reminderApi } from "../reminders/testing/fake-reminder-api";
import { disputeReading, listReading } from "../tracker/testing/readings";
import type { WatchRunner, WatchView } from "../watch/watch-runner";
import { createSentinelService } from "./sentinel-service";

const T0 = new Date("2026-11-20T04:00:00.000Z");
const VIEW: WatchView = { enabled: true, everyHours: 3, running: null, pausedSince: null, nextCheckAt: null, stores: [] };


async function setup() {
  const calls: string[] = [];
  const watch = {
    schedule: async () => (calls.push("schedule"), { kind: "off", why: "disabled" } as const),
    checkNow: async () => (calls.push("checkNow"), { started: true, channelIds: ["2285755"] }),
    onAlarm: async (name: string): Promise<void> => void calls.push(`alarm:${name}`),
    onReading: async (tabId: number | null) => void calls.push(`reading:${tabId}`),
    onTabComplete: async (tabId: number) => void calls.push(`complete:${tabId}`),
    onTabRemoved: async (tabId: number) => void calls.push(`removed:${tabId}`),
    view: async () => VIEW,
  } satisfies WatchRunner;
  const db = await openSentinelDb(`service-watch-${Math.random().toString(36).slice(2)}`, { now: () => T0 });
  const service = createSentinelService({
    db,
    clock: () => T0,
    browserZone: () => "Asia/Shanghai",
    browserLanguage: () => "en-US",
    reminderApi,
    supportsNotificationButtons: true,
    iconUrl: "/icon/128.png",
    openUrl: async () => undefined,
    watch,
  });
  return { service, calls };
}

describe("the background and the watch", () => {
  beforeEach(() => fakeBrowser.reset());

  it("tells the watch which tab a reading came from, after the reading is stored", async () => {
    const { service, calls } = await setup();
    await service.handleReading(listReading(T0.toISOString(), [disputeReading()]), 42);
    expect(calls).toEqual(["reading:42"]);
  });

  it("re-plans the watch on start-up and on every settings change, and shows its view in the popup", async () => {
    const { service, calls } = await setup();
    await service.refreshAndReplan();
    await service.saveSettings({ ...DEFAULT_SETTINGS, watchEnabled: true, watchEveryHours: 6 });
    expect(calls).toEqual(["schedule", "schedule"]);
    expect((await service.popupState()).watch).toEqual(VIEW);
    expect(await service.checkNow()).toEqual({ started: true, channelIds: ["2285755"] });
    await service.watchTabComplete(7);
    await service.watchTabRemoved(7);
    expect(calls.slice(2)).toEqual(["checkNow", "complete:7", "removed:7"]);
  });
});
