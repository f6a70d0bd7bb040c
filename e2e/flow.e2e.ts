// The whole flow on saved pages: the content script reads the dispute, the background stores it in IndexedDB,
// the overlay shows its deadline with the DESIGN.md markers, and the popup lists it with its full order id.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturePage, serveFixturePage } from "./support/fixtures.ts";
import { launchExtension, openPopup, screenshot, type LaunchedExtension } from "./support/launch.ts";
import { startSellerCenterServer, type SellerCenterServer } from "./support/seller-center-server.ts";
import { readExtensionRow } from "./support/extension-db.ts";

interface StoredRow {
  disputeId: string;
  orderId: string | null;
  status: string;
  pageDeadline: { at: string } | null;
}

const storedDispute = (browser: LaunchedExtension, disputeId: string) => readExtensionRow<StoredRow>(browser, "disputes", disputeId);

describe("flow: page → reading → IndexedDB → overlay and popup", () => {
  let server: SellerCenterServer;
  let browser: LaunchedExtension;

  beforeAll(async () => {
    server = await startSellerCenterServer();
    serveFixturePage(server, "dispute-detail-zh-dl.html");
    serveFixturePage(server, "dispute-list-en-table.html");
    browser = await launchExtension({ server });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("reads a dispute detail page, stores it and shows its countdown in a marked overlay", async () => {
    const fixture = fixturePage("dispute-detail-zh-dl.html");
    const expected = fixture.expect.disputes?.[0];
    const disputeId = expected?.disputeId ?? "";
    // The page's countdown counts from the moment it is read: the true deadline is now + (deadline − saved time).
    const countdownMs = Date.parse(expected?.deadline ?? "") - Date.parse(fixture.now);
    const page = await browser.context.newPage();
    const openedAt = Date.now();
    await page.goto(fixture.url);
    const host = page.locator(`[data-sentinel-dispute="${disputeId}"]`);
    await host.waitFor({ state: "attached", timeout: 15_000 });
    expect(await host.count()).toBe(1);
    expect(await host.getAttribute("data-sentinel-deadline-source")).toBe("page");
    const shownDeadline = Date.parse((await host.getAttribute("data-sentinel-deadline")) ?? "");
    expect(Math.abs(shownDeadline - (openedAt + countdownMs))).toBeLessThan(2 * 60_000);

    // The overlay may be drawn from the page's own reading before the background has stored it.
    await expect.poll(async () => (await storedDispute(browser, disputeId)) ?? null, { timeout: 10_000, interval: 250 }).not.toBeNull();
    const row = await storedDispute(browser, disputeId);
    expect(row).toMatchObject({ disputeId, orderId: expected?.orderId, status: "awaiting-seller" });
    expect(Math.abs(Date.parse(row?.pageDeadline?.at ?? "") - shownDeadline)).toBeLessThan(60_000);
    await screenshot(page, "flow-detail-zh-overlay");
    await page.close();
  });

  it("marks every row of a list page with exactly one overlay", async () => {
    const fixture = fixturePage("dispute-list-en-table.html");
    const page = await browser.context.newPage();
    await page.goto(fixture.url);
    const ids = (fixture.expect.disputes ?? []).map((d) => d.disputeId ?? "");
    for (const id of ids) await page.locator(`[data-sentinel-dispute="${id}"]`).waitFor({ state: "attached", timeout: 15_000 });
    expect(await page.locator("[data-sentinel-dispute]").count()).toBe(ids.length);
    await screenshot(page, "flow-list-en-overlays");
    await page.close();
  });

  it("lists stored disputes in the popup with their full order id and time left", async () => {
    const fixture = fixturePage("dispute-detail-zh-dl.html");
    const orderId = fixture.expect.disputes?.[0]?.orderId ?? "";
    const popup = await openPopup(browser.context, browser.extensionId);
    await popup.getByText(orderId, { exact: false }).first().waitFor({ timeout: 15_000 });
    expect(await popup.locator("body").textContent()).toContain(orderId);
    await screenshot(popup, "flow-popup");
    await popup.close();
  });
});
