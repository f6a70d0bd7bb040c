// Issue 11 in the browser: the popup a seller works from all day, on the demo seller center's disputes —
// most urgent first, filters and search, the dispute view (timeline, checklist, replies, note), and the
// popup in Chinese once the seller chooses it. Screenshots of each, in both languages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { registerDemoSite, type DemoSite } from "../scripts/demo-site/register-demo-site.ts";
import { launchExtension, openPopup, screenshot, type LaunchedExtension } from "./support/launch.ts";
import { startSellerCenterServer, type SellerCenterServer } from "./support/seller-center-server.ts";

// The popup page's own `chrome`, inside page.evaluate.
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ settings: Record<string, unknown> }> } };

const rowIds = (popup: Page) => popup.locator(".popup > .dispute-list > [data-dispute-id]").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-dispute-id") ?? ""));

async function setLanguage(browser: LaunchedExtension, uiLanguage: "en" | "zh"): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.evaluate(async (language) => {
    const { settings } = await chrome.runtime.sendMessage({ sentinel: 1, type: "get-settings", data: {} });
    await chrome.runtime.sendMessage({ sentinel: 1, type: "save-settings", data: { settings: { ...settings, uiLanguage: language } } });
  }, uiLanguage);
  await page.close();
}

describe("the popup", () => {
  let server: SellerCenterServer;
  let browser: LaunchedExtension;
  let site: DemoSite;

  beforeAll(async () => {
    server = await startSellerCenterServer();
    site = registerDemoSite(server, new Date(), () => new Date());
    browser = await launchExtension({ server });
    for (const language of ["zh", "en"] as const) {
      const page = await browser.context.newPage();
      await page.goto(site.listUrls[language]);
      const count = site.disputes.filter((dispute) => dispute.store === language).length;
      await page.waitForFunction((expected) => document.querySelectorAll("[data-sentinel-dispute]").length === expected, count, { timeout: 15_000 });
      await page.close();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("lists open disputes with the seller's deadlines soonest first, overdue first of all", async () => {
    const popup = await openPopup(browser.context, browser.extensionId);
    await popup.locator(".dispute-list [data-dispute-id]").first().waitFor({ timeout: 10_000 });
    const ids = await rowIds(popup);
    const open = site.disputes.filter((d) => d.status !== "closed" && d.status !== "refunding");
    expect([...ids].sort()).toEqual(open.map((d) => d.disputeId).sort());
    // Those the page gave a deadline, awaiting the seller, come in deadline order at the top.
    const timed = site.disputes
      .filter((d) => d.deadline !== null && (d.status === "awaiting-seller" || d.status === "awaiting-seller-receipt"))
      .sort((a, b) => (a.deadline?.getTime() ?? 0) - (b.deadline?.getTime() ?? 0))
      .map((d) => d.disputeId);
    expect(ids.slice(0, timed.length)).toEqual(timed);
    await screenshot(popup, "popup-list-en");
    await popup.close();
  });

  it("filters by whose move it is and searches by order id", async () => {
    const popup = await openPopup(browser.context, browser.extensionId);
    await popup.locator(".dispute-list [data-dispute-id]").first().waitFor({ timeout: 10_000 });
    await popup.getByRole("button", { name: /^Platform review/ }).click();
    const review = site.disputes.filter((d) => d.status === "platform-review").map((d) => d.disputeId);
    expect((await rowIds(popup)).sort()).toEqual(review.sort());
    await popup.getByRole("button", { name: /^Closed/ }).click();
    const closed = site.disputes.filter((d) => d.status === "closed").map((d) => d.disputeId);
    expect((await rowIds(popup)).sort()).toEqual(closed.sort());
    await popup.getByRole("button", { name: /^All open/ }).click();
    const target = site.disputes.find((d) => d.status === "awaiting-seller");
    await popup.getByRole("searchbox").fill(target?.orderId.slice(-6) ?? "");
    expect(await rowIds(popup)).toEqual([target?.disputeId]);
    await popup.close();
  });

  it("opens a dispute's view with its clocks, checklist, replies, timeline and a note that is kept", async () => {
    const target = site.disputes.find((d) => d.status === "awaiting-seller" && d.deadline !== null && d.store === "en");
    const popup = await openPopup(browser.context, browser.extensionId);
    const row = popup.locator(`.dispute-list [data-dispute-id="${target?.disputeId}"]`);
    await row.getByRole("button", { name: "Details" }).click();
    const view = popup.locator(".dispute-view");
    await view.waitFor({ timeout: 10_000 });
    expect(await view.locator(".order-id").textContent()).toBe(target?.orderId);
    expect(await view.textContent()).toContain("Respond to the dispute");
    expect(await view.locator(".view-timeline li").count()).toBeGreaterThan(0);
    const progress = async () => Number(/^(\d+)\//.exec((await view.locator(".sentinel-progress").textContent()) ?? "")?.[1] ?? Number.NaN);
    const before = await progress();
    await view.locator(".sentinel-checklist input:not(:checked)").first().check();
    await expect.poll(progress).toBe(before + 1);
    await view.locator("textarea.view-note").fill("Called the carrier <b>twice</b>");
    await view.getByRole("button", { name: "Save note" }).click();
    await view.getByText("Note saved").waitFor();
    await screenshot(popup, "popup-dispute-view-en");
    await popup.reload();
    await popup.locator(`.dispute-list [data-dispute-id="${target?.disputeId}"]`).getByRole("button", { name: "Details" }).click();
    expect(await popup.locator("textarea.view-note").inputValue()).toBe("Called the carrier <b>twice</b>");
    await popup.close();
  });

  it("speaks Chinese once the seller chooses it, list and dispute view", async () => {
    await setLanguage(browser, "zh");
    const popup = await openPopup(browser.context, browser.extensionId);
    await popup.getByRole("button", { name: "立即检查" }).waitFor({ timeout: 10_000 });
    await popup.getByRole("button", { name: /^需要我处理/ }).click();
    await screenshot(popup, "popup-list-zh");
    await popup.locator(".dispute-list [data-dispute-id]").first().getByRole("button", { name: "详情" }).click();
    await popup.locator(".dispute-view").getByText("证据清单").waitFor();
    await screenshot(popup, "popup-dispute-view-zh");
    await popup.close();
    await setLanguage(browser, "en");
  });

  it("keeps the dispute page's panel as the seller last left it", async () => {
    const target = site.disputes.find((d) => d.status === "awaiting-seller" && d.store === "en");
    const page = await browser.context.newPage();
    await page.goto(site.detailUrls[target?.disputeId ?? ""] ?? "");
    const host = page.locator(`[data-sentinel-dispute="${target?.disputeId}"]`);
    await host.locator(".sentinel-toggle").first().waitFor({ timeout: 15_000 });
    expect(await host.locator(".sentinel-checklist").count()).toBe(0);
    await host.locator(".sentinel-toggle").first().click();
    await host.locator(".sentinel-checklist").waitFor();
    await page.reload();
    await host.locator(".sentinel-checklist").waitFor({ timeout: 15_000 });
    await screenshot(page, "detail-panel-remembered-en");
    await host.locator(".sentinel-toggle").first().click();
    await page.reload();
    await host.locator(".sentinel-toggle").first().waitFor({ timeout: 15_000 });
    expect(await host.locator(".sentinel-checklist").count()).toBe(0);
    await page.close();
  });
});
