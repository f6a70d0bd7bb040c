// The harness itself: the built extension loads in Debian's Chromium, seller-center URLs come from
// the local HTTPS server, and nothing else reaches the network. The flow tests build on this.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturePage, serveFixturePage } from "./support/fixtures.ts";
import { launchExtension, screenshot, type LaunchedExtension } from "./support/launch.ts";
import { startSellerCenterServer, type SellerCenterServer } from "./support/seller-center-server.ts";

interface ManifestSubset {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
}
// Code passed to serviceWorker.evaluate runs in the extension's worker, where `chrome` exists (TOOLCHAIN.md).
declare const chrome: {
  runtime: { getManifest(): ManifestSubset };
  tabs: { create(properties: { url: string }): Promise<unknown> };
};

describe("smoke: the extension in Chromium with the local seller center", () => {
  let server: SellerCenterServer;
  let browser: LaunchedExtension;

  beforeAll(async () => {
    server = await startSellerCenterServer();
    serveFixturePage(server, "dispute-list-zh-table.html");
    browser = await launchExtension({ server });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("loads the extension: a service worker with a 32-letter extension id", () => {
    expect(browser.serviceWorker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\//);
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it("asks only for storage, alarms and notifications, and only the seller-center hosts (DOMAIN.md §3)", async () => {
    const manifest = await browser.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(["alarms", "notifications", "storage"]);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([
      "https://csp.aliexpress.com/*",
      "https://gsp.aliexpress.com/*",
      "https://trade.aliexpress.com/*",
    ]);
  });

  it("serves a seller-center URL over HTTPS from the local server", async () => {
    const { url } = fixturePage("dispute-list-zh-table.html");
    const page = await browser.context.newPage();
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(url);
    expect(await page.title()).toBe("纠纷管理");
    await expect(page.locator("main .ait-breadcrumb").textContent()).resolves.toBe("纠纷管理");
    expect(await page.locator("tbody tr").count()).toBe(8);
    expect(server.requestsTo(url).map((request) => request.host)).toEqual(["csp.aliexpress.com"]);
    await screenshot(page, "smoke-dispute-list-zh");
    await page.close();
  });

  it("serves tabs the extension opens itself, which request routing cannot reach (TOOLCHAIN.md)", async () => {
    const { url } = fixturePage("dispute-list-zh-table.html");
    const before = server.requestsTo(url).length;
    const opened = browser.context.waitForEvent("page", { timeout: 15_000 });
    await browser.serviceWorker.evaluate((target) => chrome.tabs.create({ url: target }).then(() => undefined), url);
    const page = await opened;
    await page.waitForURL(url, { waitUntil: "load" });
    expect(await page.title()).toBe("纠纷管理");
    expect(server.requestsTo(url).length).toBe(before + 1);
    await page.close();
  });

  it("answers an unregistered seller-center URL with the 404 page", async () => {
    const page = await browser.context.newPage();
    const response = await page.goto("https://gsp.aliexpress.com/no/such/page");
    expect(response?.status()).toBe(404);
    expect(await page.title()).toBe("404 Not Found");
    await page.close();
  });

  it("aborts a navigation outside *.aliexpress.com before it leaves the browser", async () => {
    const page = await browser.context.newPage();
    await expect(page.goto("https://example.com/")).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
    expect(browser.blockedRequests).toContain("https://example.com/");
    await page.close();
  });

  it("aborts a page's own request to another host", async () => {
    const { url } = fixturePage("dispute-list-zh-table.html");
    const page = await browser.context.newPage();
    await page.goto(url);
    const outcome = await page.evaluate(() =>
      fetch("https://tracker.example.net/collect", { mode: "no-cors" }).then(
        () => "reached",
        () => "failed",
      ),
    );
    expect(outcome).toBe("failed");
    expect(browser.blockedRequests).toContain("https://tracker.example.net/collect");
    await page.close();
  });

  it("resolves no host but aliexpress ones, so even the extension's own requests stay local", async () => {
    // Requests of the service worker may bypass context.route; --host-resolver-rules still stops them.
    const outcome = await browser.serviceWorker.evaluate(() =>
      fetch("https://example.org/", { mode: "no-cors" }).then(
        () => "reached",
        (error: unknown) => `failed: ${String(error)}`,
      ),
    );
    expect(outcome).toMatch(/^failed/);
    expect(server.requestsTo("https://example.org")).toEqual([]);
  });
});
