// The seller's data through the background (issue 10): spreadsheet export, clearing everything, and retention
// on start-up and on the wake-up alarm, with fake-indexeddb, WXT's fake browser and a hand-set clock.
import { fakeBrowser } from "wxt/testing/fake-browser";
import { DEFAULT_SETTINGS } from "../model";
import { openSentinelDb } from "../db/open";
import { getDispute, saveSettings } from "../db/queries";
import { fakeReminderApi as reminderApi } from "../reminders/testing/fake-reminder-api";
import { CHANNEL, disputeReading, listReading } from "../tracker/testing/readings";
import { createSentinelService } from "./sentinel-service";

const T0 = new Date("2026-11-20T04:00:00.000Z");
const DAY_MS = 86_400_000;


async function harness() {
  fakeBrowser.reset();
  let now = T0;
  const db = await openSentinelDb(`service-data-${Math.random()}`, { now: () => now });
  const service = createSentinelService({
    db, clock: () => now, browserZone: () => "Asia/Shanghai", browserLanguage: () => "zh-CN", reminderApi,
    supportsNotificationButtons: true, iconUrl: "/icon/128.png", openUrl: async () => undefined,
  });
  return { db, service, setNow: (date: Date) => (now = date) };
}

const OPEN = "6351074783600001";
const CLOSED = "6351074783600002";

async function readTwoDisputes(h: Awaited<ReturnType<typeof harness>>) {
  const at = T0.toISOString();
  await h.service.handleReading(
    listReading(at, [
      disputeReading({ disputeId: OPEN, orderId: "8183974713700001", deadline: new Date(T0.getTime() + 3 * 3_600_000).toISOString() }),
      disputeReading({ disputeId: CLOSED, orderId: "8183974713700002", status: "closed", statusText: "已结束", deadline: null, deadlineText: null }),
    ]),
  );
}

describe("spreadsheet export", () => {
  it("one row per dispute, in the UI language and the browser's zone", async () => {
    const h = await harness();
    await readTwoDisputes(h);
    const { csv, fileName, rows } = await h.service.exportSpreadsheet();
    expect(fileName).toBe("dispute-sentinel-disputes-2026-11-20.csv");
    expect(rows).toBe(2);
    const lines = csv.split("\r\n").filter((line) => line !== "");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe("\uFEFF店铺,纠纷号,订单号,商品,买家,国家,原因,状态,退款金额,币种,发起时间（Asia/Shanghai）,截止时间（Asia/Shanghai）,截止时间来源,已处理,备注");
    expect(csv).toContain(`\t${OPEN}`);
    expect(csv).toContain("2026-11-20 15:00,页面显示");
  });
});

describe("clear all data", () => {
  it("empties the database and clears the badge and wake-up alarm", async () => {
    const h = await harness();
    await readTwoDisputes(h);
    expect(await fakeBrowser.action.getBadgeText({})).toBe("1");
    expect(await h.service.dataSummary()).toMatchObject({ disputes: 2, openDisputes: 1 });
    const after = await h.service.clearAllData();
    expect(after).toEqual({ disputes: 0, openDisputes: 0, orders: 0, events: 0, notes: 0, ticks: 0, replyTemplates: 0 });
    expect((await h.service.popupState()).items).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe("");
    expect((await h.service.getSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe("retention from the background", () => {
  it("start-up and the wake-up alarm delete closed disputes past the period, never the open one", async () => {
    const h = await harness();
    await readTwoDisputes(h);
    await saveSettings(h.db, { retentionDays: 30 });

    h.setNow(new Date(T0.getTime() + 29 * DAY_MS));
    await h.service.refreshAndReplan();
    expect(await getDispute(h.db, CLOSED)).toBeDefined();

    h.setNow(new Date(T0.getTime() + 31 * DAY_MS));
    await h.service.pruneAndReplan();
    expect(await getDispute(h.db, CLOSED)).toBeUndefined();
    expect(await getDispute(h.db, OPEN)).toBeDefined();

    h.setNow(new Date(T0.getTime() + 5000 * DAY_MS));
    await h.service.refreshAndReplan();
    expect(await getDispute(h.db, OPEN)).toBeDefined();
    expect((await h.service.popupState()).items.map((item) => item.record.disputeId)).toEqual([OPEN]);
  });

  it("a closed dispute the list still shows is kept (seen again is a sign of life)", async () => {
    const h = await harness();
    await readTwoDisputes(h);
    await saveSettings(h.db, { retentionDays: 30 });
    const later = new Date(T0.getTime() + 100 * DAY_MS);
    h.setNow(later);
    await h.service.handleReading({
      ...listReading(later.toISOString(), [disputeReading({ disputeId: CLOSED, orderId: "8183974713700002", status: "closed", statusText: "已结束", deadline: null, deadlineText: null })]),
      url: `https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=${CHANNEL}`,
    });
    await h.service.pruneAndReplan();
    expect(await getDispute(h.db, CLOSED)).toBeDefined();
  });
});
