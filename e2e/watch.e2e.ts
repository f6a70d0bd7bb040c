// Issue 13 in the browser: after a store's dispute list was read once, "Check now" in the popup opens that
// list in a background tab, the tab's reading reaches the tracker (a dispute only the refreshed list shows
// appears in the popup), and the tab is closed again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchExtension, openPopup, screenshot, type LaunchedExtension } from "./support/launch.ts";
import { startSellerCenterServer, type SellerCenterServer } from "./support/seller-center-server.ts";
import { readExtensionRow } from "./support/extension-db.ts";

const CHANNEL = "7700003";
const LIST_URL = `https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=${CHANNEL}`;
const KNOWN = { id: "6400000000000301", order: "8400000000000301", status: "Awaiting your response", reason: "Damaged", left: "2 days 03:12:45" };
/** Opened by the buyer after the seller last looked: only the refreshed list shows it. */
const NEW = { id: "6400000000000302", order: "8400000000000302", status: "Awaiting your response", reason: "Item not received", left: "4 days 23:10:00" };

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
function listPage(rows: Array<typeof KNOWN>): string {
  const body = rows
    .map((d) => `<tr><td>${d.order}</td><td>${escape(d.status)}</td><td>${escape(d.reason)}</td><td>${d.left}</td><td><a href="/m_apps/dispute-management/detail?reverseOrderLineId=${d.id}">Details</a></td></tr>`)
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dispute management</title></head><body><main><h1>Dispute management</h1>
<table><thead><tr><th>Order number</th><th>Dispute status</th><th>Dispute reason</th><th>Time left</th><th>Actions</th></tr></thead><tbody>${body}</tbody></table></main></body></html>`;
}

describe("the watch: Check now", () => {
  let server: SellerCenterServer;
  let browser: LaunchedExtension;
  let served = 0;

  beforeAll(async () => {
    server = await startSellerCenterServer();
    server.page(LIST_URL, () => (++served === 1 ? listPage([KNOWN]) : listPage([KNOWN, NEW])));
    browser = await launchExtension({ server });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens the store's list in a background tab, reads it into the popup, and closes the tab", async () => {
    const seller = await browser.context.newPage();
    await seller.goto(LIST_URL);
    await expect.poll(async () => (await readExtensionRow(browser, "disputes", KNOWN.id)) ?? null, { timeout: 15_000, interval: 250 }).not.toBeNull();
    await seller.close();

    const popup = await openPopup(browser.context, browser.extensionId);
    await popup.getByText(KNOWN.order).waitFor({ timeout: 10_000 });
    expect(await popup.locator("body").textContent()).not.toContain(NEW.order);
    const tabOpened = browser.context.waitForEvent("page", { predicate: (page) => page.url().includes(`channelId=${CHANNEL}`), timeout: 10_000 });
    await popup.getByRole("button", { name: "Check now" }).click();
    const watchTab = await tabOpened;
    // The popup stays the active tab: the watch's tab never takes focus.
    expect(await popup.evaluate(() => document.visibilityState)).toBe("visible");

    await popup.getByText(NEW.order).waitFor({ timeout: 20_000 });
    expect(await readExtensionRow(browser, "disputes", NEW.id)).toMatchObject({ orderId: NEW.order, status: "awaiting-seller" });
    if (!watchTab.isClosed()) await watchTab.waitForEvent("close", { timeout: 15_000 });
    expect(browser.context.pages().some((page) => page.url().includes(`channelId=${CHANNEL}`))).toBe(false);
    expect(served).toBe(2);

    const listRead = await readExtensionRow<{ lastCheck?: { outcome: string; disputes: number } }>(browser, "listReads", CHANNEL);
    expect(listRead?.lastCheck).toMatchObject({ outcome: "read", disputes: 2 });
    await popup.getByText(/checked .* ago, 2 disputes read/).waitFor({ timeout: 10_000 });
    await screenshot(popup, "watch-popup-after-check-now");
    await popup.close();
  });
});

describe("the watch: asked once on the welcome page", () => {
  let server: SellerCenterServer;
  let browser: LaunchedExtension;

  beforeAll(async () => {
    server = await startSellerCenterServer();
    browser = await launchExtension({ server });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens the welcome page on install; Yes turns the watch on, as the options page then shows", async () => {
    const welcomeUrl = `chrome-extension://${browser.extensionId}/welcome.html`;
    const welcome =
      browser.context.pages().find((page) => page.url() === welcomeUrl) ??
      (await browser.context.waitForEvent("page", { predicate: (page) => page.url() === welcomeUrl, timeout: 10_000 }));
    await welcome.getByRole("button", { name: "Yes, check every 3 hours" }).waitFor({ timeout: 10_000 });
    await screenshot(welcome, "welcome-en");
    await welcome.getByRole("button", { name: "Yes, check every 3 hours" }).click();
    await welcome.getByText("Automatic checks are on.", { exact: false }).waitFor();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const toggle = options.getByLabel("Check my dispute lists automatically");
    await toggle.waitFor({ timeout: 10_000 });
    expect(await toggle.isChecked()).toBe(true);
    expect(await options.getByLabel(/Every \(hours, 1–12\)/).inputValue()).toBe("3");
    await options.locator(".watch-settings").scrollIntoViewIfNeeded();
    await screenshot(options, "options-en");
    await options.close();
    await welcome.close();
  });
});
