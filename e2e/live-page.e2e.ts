// Issue 4 in the browser: a single-page seller center whose rows arrive late, whose table re-renders, whose URL
// changes without a reload, and which fetches its own list JSON. One overlay per dispute every time.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchExtension, screenshot, type LaunchedExtension } from "./support/launch.ts";
import { startSellerCenterServer, type SellerCenterServer } from "./support/seller-center-server.ts";
import { readExtensionRow } from "./support/extension-db.ts";
import type { Page } from "playwright-core";

const LIST_URL = "https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=7700001";
const LIST_API = "https://seller-acs.aliexpress.com/h5/mtop.aliexpress.seller.reverse.querysellerreverseorderlist/1.0/";
const IDS = ["6400000000000001", "6400000000000002", "6400000000000003"];
/** Only in the JSON: a dispute the table has not drawn. Its id is beyond 2^53 and sent unquoted. */
const JSON_ONLY_ID = "64000000000000049";
const JSON_ONLY_CREATED_MS = 1768605121609;

function listResponse(): string {
  // `quoted` false writes the id as a bare JSON number, as a forged or future response might.
  const line = (id: string, order: string, status: string, created: number, quoted = true) =>
    `{"sellerReverseOrderLines":[{"reverseOrderLineId":${quoted ? `"${id}"` : id},"reverseOrderId":"${id.slice(0, -3)}999","tradeOrderId":"${order}","reverseStatus":"${status}","gmtCreate":"2026-01-16 15:12:01","gmtCreateTimestamp":${created},"gmtModified":"2026-01-16 15:12:27","aeItemDTO":{"itemTitle":"Screwdriver set","itemCount":1,"itemUnitPrice":{"cent":23587,"currency":"CNY","formatMoney":"CN￥ 235.87"}}}]}`;
  const lines = [
    line(IDS[0] ?? "", "8400000000000001", "等待卖家响应", 1768605121609),
    line(IDS[1] ?? "", "8400000000000002", "等待买家响应", 1768605121609),
    line(IDS[2] ?? "", "8400000000000003", "平台介入处理中", 1768605121609),
    line(JSON_ONLY_ID, "8400000000000004", "等待买家退货", JSON_ONLY_CREATED_MS, false),
  ];
  return `{"api":"mtop.aliexpress.seller.reverse.querySellerReverseOrderList","v":"1.0","ret":["SUCCESS::调用成功"],"data":{"data":{"pageInfo":{"total":4},"resultList":[${lines.join(",")}]}}}`;
}

async function hostIds(page: Page): Promise<string[]> {
  return page.locator("[data-sentinel-dispute]").evaluateAll((hosts) => hosts.map((h) => h.getAttribute("data-sentinel-dispute") ?? ""));
}

async function settle(page: Page, expected: string[]): Promise<void> {
  await expect.poll(async () => (await hostIds(page)).sort(), { timeout: 10_000, interval: 200 }).toEqual([...expected].sort());
}

const storedRow = (browser: LaunchedExtension, store: string, key: string) => readExtensionRow<Record<string, unknown>>(browser, store, key);

describe("live seller-center page (single-page app)", () => {
  let server: SellerCenterServer;
  let browser: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    server = await startSellerCenterServer();
    server.page(LIST_URL, readFileSync(new URL("./fixtures/live/spa-dispute-list.html", import.meta.url), "utf8"));
    server.json(LIST_API, listResponse);
    browser = await launchExtension({ server });
    page = await browser.context.newPage();
    await page.goto(LIST_URL);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("waits for rows that arrive after the first paint, then marks each once", async () => {
    await settle(page, IDS);
  });

  it("keeps one overlay per dispute, in its own row, while the table re-renders three times", async () => {
    for (let i = 0; i < 3; i++) {
      await page.evaluate("window.rerender()");
      await page.waitForTimeout(150);
    }
    await settle(page, IDS);
    for (const id of IDS) {
      const hrefInSameRow = await page
        .locator(`[data-sentinel-dispute="${id}"]`)
        .evaluate((host) => host.closest("tr")?.querySelector("a")?.getAttribute("href") ?? "");
      expect(hrefInSameRow).toContain(id);
    }
    await screenshot(page, "live-list-after-rerenders");
  });

  it("reads the page's own JSON: exact ids beyond 2^53, exact opening times, a complete list", async () => {
    await expect.poll(() => page.getAttribute("body", "data-json-fetched"), { timeout: 10_000 }).toBe("yes");
    // The JSON poke triggers one more read; give it a moment to reach the database.
    await expect
      .poll(async () => (await storedRow(browser, "disputes", JSON_ONLY_ID))?.openedAt ?? null, { timeout: 10_000, interval: 250 })
      .toBe(new Date(JSON_ONLY_CREATED_MS).toISOString());
    const listRead = await storedRow(browser, "listReads", "7700001");
    expect(listRead?.lastCompleteReadAt).toEqual(expect.any(String));
  });

  it("follows a URL change without a reload: the list's overlays go, the detail gets exactly one", async () => {
    await page.evaluate(`window.goDetail("${IDS[0]}")`);
    await settle(page, [IDS[0] ?? ""]);
    expect(await page.locator("[data-sentinel-dispute]").count()).toBe(1);
    await screenshot(page, "live-detail-after-pushstate");
  });
});
