// Suggested replies in the browser: on a demo dispute's detail page the overlay opens the replies for the dispute's
// reason and status, written by the background, filled with the dispute's own order number, in the language chosen.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerDemoSite, type DemoSite } from "../scripts/demo-site/register-demo-site.ts";
import { launchExtension, screenshot, type LaunchedExtension } from "./support/launch.ts";
import { startSellerCenterServer, type SellerCenterServer } from "./support/seller-center-server.ts";

describe("suggested replies on a dispute's page", () => {
  let browser: LaunchedExtension;
  let server: SellerCenterServer;
  let site: DemoSite;

  beforeAll(async () => {
    server = await startSellerCenterServer();
    site = registerDemoSite(server, new Date(), () => new Date());
    browser = await launchExtension({ server });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows the replies for the dispute, filled with its order number, and changes language on request", async () => {
    const dispute = site.disputes.find((candidate) => candidate.status === "awaiting-seller");
    expect(dispute).toBeDefined();
    const page = await browser.context.newPage();
    await page.goto(site.detailUrls[dispute!.disputeId]!);
    const overlay = page.locator(`[data-sentinel-dispute="${dispute!.disputeId}"]`);
    await overlay.locator(".sentinel-replies-toggle").click();
    const texts = overlay.locator(".sentinel-reply-text");
    await expect.poll(() => texts.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await texts.first().textContent()).toContain(dispute!.orderId);
    await overlay.locator(".sentinel-replies select").selectOption("ru");
    await expect.poll(async () => (await texts.first().textContent()) ?? "", { timeout: 5_000 }).toMatch(/[А-Яа-я]/);
    expect(await texts.first().textContent()).toContain(dispute!.orderId);
    await screenshot(page, "replies-detail-ru");
    await page.close();
  });
});
