// The popup's first render with 1,000 stored disputes (issue 11), in Chromium with the built extension: the
// disputes reach the background as one list reading, then popup.html is opened afresh several times and timed
// from navigation to the first render of its list (the "dispute-sentinel:popup-rendered" mark).
import { launchExtension } from "../../e2e/support/launch";
import { startSellerCenterServer } from "../../e2e/support/seller-center-server";
import type { DisputeReading, PageReading } from "../../lib/model";

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export interface PopupFigures {
  disputes: number;
  /** Navigation → list rendered, one per fresh open. */
  renderMs: number[];
  /** Rows drawn at first (the rest follow as they scroll in). */
  rowsDrawn: number;
}

const STATUSES = ["awaiting-seller", "awaiting-buyer", "platform-review", "closed"] as const;

function benchReading(count: number, now: Date): PageReading {
  const disputes: DisputeReading[] = Array.from({ length: count }, (_, i) => ({
    disputeId: String(6400000000000000 + i),
    orderId: String(8400000000000000 + i),
    status: STATUSES[i % STATUSES.length] ?? "awaiting-seller",
    statusText: null,
    reason: "not-received",
    reasonText: null,
    buyer: `Buyer ${i % 97}`,
    productTitle: `Product number ${i}`,
    refundRequested: { amount: 10 + (i % 50), currency: "USD" },
    orderAmount: null,
    openedAt: new Date(now.getTime() - (i % 96) * 3_600_000).toISOString(),
    updatedAt: null,
    deadline: new Date(now.getTime() + ((i * 37) % 120) * 3_600_000).toISOString(),
    deadlineText: "4 days",
    trackingNumber: null,
    carrier: null,
  }));
  return {
    kind: "dispute-list",
    pageState: "ok",
    url: "https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=7799001",
    readAt: now.toISOString(),
    disputes,
    orders: [],
    warnings: [],
    channelId: "7799001",
  };
}

export async function benchPopup(count = 1000, opens = 5): Promise<PopupFigures> {
  const server = await startSellerCenterServer();
  const browser = await launchExtension({ server });
  try {
    const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
    const seeder = await browser.context.newPage();
    await seeder.goto(popupUrl);
    await seeder.evaluate((reading) => chrome.runtime.sendMessage({ sentinel: 1, type: "reading", data: { reading } }), benchReading(count, new Date()));
    await seeder.close();
    const renderMs: number[] = [];
    let rowsDrawn = 0;
    for (let i = 0; i < opens; i++) {
      const page = await browser.context.newPage();
      await page.goto(popupUrl);
      await page.waitForFunction(() => performance.getEntriesByName("dispute-sentinel:popup-rendered").length > 0, undefined, { timeout: 30_000 });
      renderMs.push(await page.evaluate(() => performance.getEntriesByName("dispute-sentinel:popup-rendered")[0]?.startTime ?? Number.NaN));
      rowsDrawn = await page.locator("[data-dispute-id]").count();
      await page.close();
    }
    return { disputes: count, renderMs, rowsDrawn };
  } finally {
    await browser.close();
    await server.close();
  }
}
