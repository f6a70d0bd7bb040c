// Issue 6 in the browser: a dispute due within the hour, read from its detail page, is notified at once and
// puts a red "1" on the toolbar badge; the one "next wake" alarm is set. Checked inside the service worker
// (TOOLCHAIN.md: headless Chromium keeps notifications and badge text, it draws nothing).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchExtension, screenshot, type LaunchedExtension } from "./support/launch.ts";
import { startSellerCenterServer, type SellerCenterServer } from "./support/seller-center-server.ts";

// The worker's own `chrome` (code passed to evaluate runs there, not in Node).
declare const chrome: {
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
  action: { getBadgeText(details: object): Promise<string>; getBadgeBackgroundColor(details: object): Promise<number[]>; getTitle(details: object): Promise<string> };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
};

const DISPUTE_ID = "6357659057690911";
const ORDER_ID = "8214940542501911";
const PAGE_URL = `https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=${DISPUTE_ID}`;
const PAGE_FILE = fileURLToPath(new URL("./fixtures/pages/dispute-detail-zh-due-50-min.html", import.meta.url));
const MINUTE_MS = 60_000;

/** Polls the service worker until `read` gives a value `accept` takes (the reading arrives asynchronously). */
async function waitInWorker<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

describe("reminders: a dispute due within the hour", () => {
  let server: SellerCenterServer;
  let browser: LaunchedExtension;

  beforeAll(async () => {
    server = await startSellerCenterServer();
    server.page(PAGE_URL, readFileSync(PAGE_FILE, "utf8"));
    browser = await launchExtension({ server });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows a notification at once, sets the badge to a red 1 and schedules the next wake", async () => {
    const worker = browser.serviceWorker;
    expect(await worker.evaluate(() => chrome.notifications.getAll())).toEqual({});

    const page = await browser.context.newPage();
    const openedAt = Date.now();
    await page.goto(PAGE_URL);
    const host = page.locator(`[data-sentinel-dispute="${DISPUTE_ID}"]`);
    await host.waitFor({ state: "attached", timeout: 15_000 });
    expect(await host.getAttribute("data-sentinel-deadline-source")).toBe("page");
    const due = Date.parse((await host.getAttribute("data-sentinel-deadline")) ?? "");
    expect(Math.abs(due - (openedAt + 50 * MINUTE_MS))).toBeLessThan(2 * MINUTE_MS);

    const shown = await waitInWorker(
      () => worker.evaluate(() => chrome.notifications.getAll()),
      (all) => Object.keys(all).length > 0,
    );
    expect(Object.keys(shown)).toEqual([`dispute:${DISPUTE_ID}`]);
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe("1");
    expect(await worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([217, 48, 37, 255]);
    expect(await worker.evaluate(() => chrome.action.getTitle({}))).toContain(ORDER_ID);

    // One alarm only (browsers cap them), due before the deadline: the badge turns "overdue" at the latest.
    const alarms = await worker.evaluate(() => chrome.alarms.getAll());
    expect(alarms.map((alarm) => alarm.name)).toEqual(["next-wake"]);
    expect(alarms[0]?.scheduledTime).toBeGreaterThan(openedAt);
    expect(alarms[0]?.scheduledTime).toBeLessThanOrEqual(due + MINUTE_MS);
    await screenshot(page, "reminders-due-50-min");
    await page.close();
  });

  it("reading the page again does not notify a second time", async () => {
    const worker = browser.serviceWorker;
    // Dismiss the shown one: a repeat would bring it back.
    await worker.evaluate((id) => chrome.notifications.clear(id), `dispute:${DISPUTE_ID}`);
    expect(await worker.evaluate(() => chrome.notifications.getAll())).toEqual({});

    const page = await browser.context.newPage();
    await page.goto(PAGE_URL);
    await page.locator(`[data-sentinel-dispute="${DISPUTE_ID}"]`).waitFor({ state: "attached", timeout: 15_000 });
    // The overlay is drawn from the background's answer, so the re-plan after this reading has run by now;
    // wait a little more for any notification it might create.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await worker.evaluate(() => chrome.notifications.getAll())).toEqual({});
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe("1");
    await page.close();
  });
});
