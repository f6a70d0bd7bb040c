// Issue 14: the page's own list JSON as a source of its own. A dispute list that stays on "加载中…" (rows the
// reader cannot see) still gets every dispute of its JSON — real lines from the seller center — into the
// tracker and the popup, with deadlines left to the rules.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchExtension, openPopup, screenshot, type LaunchedExtension } from "./support/launch.ts";
import { startSellerCenterServer, type SellerCenterServer } from "./support/seller-center-server.ts";
import { readExtensionRow } from "./support/extension-db.ts";

const LIST_URL = "https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=7700002";
const LIST_API = "https://seller-acs.aliexpress.com/h5/mtop.aliexpress.seller.reverse.querysellerreverseorderlist/1.0/";
const LINES_TEXT = readFileSync(new URL("./fixtures/mtop/querySellerReverseOrderList.lines.json", import.meta.url), "utf8");

interface Line {
  reverseOrderLineId: string;
  tradeOrderId: string;
  reverseStatus: string;
}
const LINES: Line[] = (JSON.parse(LINES_TEXT) as Array<{ sellerReverseOrderLines: Line[] }>).flatMap((group) => group.sellerReverseOrderLines);
const OPEN_LINES = LINES.filter((line) => line.reverseStatus !== "已结束");

/** The real lines in the envelope the seller center sends (DOMAIN.md §3), as raw text: ids stay exact. */
const listResponse = () =>
  `{"api":"mtop.aliexpress.seller.reverse.querySellerReverseOrderList","v":"1.0","ret":["SUCCESS::调用成功"],"data":{"data":{"pageInfo":{"total":${LINES.length}},"resultList":${LINES_TEXT}}}}`;

describe("a dispute list whose rows cannot be read, with its JSON", () => {
  let server: SellerCenterServer;
  let browser: LaunchedExtension;

  beforeAll(async () => {
    server = await startSellerCenterServer();
    server.page(LIST_URL, readFileSync(new URL("./fixtures/live/dispute-list-stuck-loading.html", import.meta.url), "utf8"));
    server.json(LIST_API, listResponse);
    browser = await launchExtension({ server });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("stores every dispute of the JSON and lists the open ones in the popup, deadlines unknown or estimated", async () => {
    expect(OPEN_LINES.length).toBeGreaterThan(0);
    const page = await browser.context.newPage();
    await page.goto(LIST_URL);
    await expect.poll(() => page.getAttribute("body", "data-json-fetched"), { timeout: 10_000 }).toBe("yes");
    expect(await page.locator("#view").textContent()).toContain("加载中");
    for (const line of LINES) {
      await expect
        .poll(async () => (await readExtensionRow<{ orderId: string; pageDeadline: unknown }>(browser, "disputes", line.reverseOrderLineId)) ?? null, { timeout: 10_000, interval: 250 })
        .toMatchObject({ orderId: line.tradeOrderId, pageDeadline: null });
    }
    const listRead = await readExtensionRow<{ lastCompleteReadAt: string | null }>(browser, "listReads", "7700002");
    expect(listRead?.lastCompleteReadAt).toEqual(expect.any(String));

    const popup = await openPopup(browser.context, browser.extensionId);
    for (const line of OPEN_LINES) await popup.locator(".dispute-list").first().getByText(line.tradeOrderId).waitFor({ timeout: 10_000 });
    await screenshot(popup, "json-source-popup");
    await popup.close();
    await page.close();
  });
});
