// Issue 12 in the browser: on a dispute page whose message box is framework-controlled (the page keeps the draft in
// its own state from input events, like React), "Insert" puts a suggested reply into the box and the page registers
// it — its draft count and its Send button follow. The replies open in the buyer's language (from the order's
// country: Brazil → Portuguese), filled with the order's tracking number and shipping day; another language chosen
// is remembered on the dispute. The checklist shows what the order told the extension and copies the evidence
// summary. A page without a message box gets the reply copied, and says so. Screenshots in English and Chinese.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readExtensionRow } from "./support/extension-db.ts";
import { launchExtension, type LaunchedExtension } from "./support/launch.ts";
import { screenshotsDir } from "./support/repo-paths.ts";
import { startSellerCenterServer, type SellerCenterServer } from "./support/seller-center-server.ts";

const DISPUTE_ID = "6379683879980977";
const ORDER_ID = "8249843050895977";
const CHANNEL = "2285755";
const DETAIL_URL = `https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=${DISPUTE_ID}`;
const ORDER_URL = `https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=${ORDER_ID}&channelId=${CHANNEL}`;
const NO_BOX_ID = "6379683879980933";
const NO_BOX_URL = `https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=${NO_BOX_ID}`;
const HOUR_MS = 3_600_000;

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`./fixtures/pages/${name}`, import.meta.url)), "utf8");

/** An instant as the seller center prints it: Pacific wall time, no zone marker (DOMAIN.md §2). */
function pacificText(ms: number): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: "America/Los_Angeles", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23",
  }).formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}:${part("second")}`;
}

/** expect.poll for hooks (it only runs inside a test): the value once `done` says so, or a timeout error. */
async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what} (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function shoot(target: Locator, name: string): Promise<string> {
  mkdirSync(screenshotsDir, { recursive: true });
  const path = join(screenshotsDir, `${name}.png`);
  await target.screenshot({ path });
  return path;
}

/** Sends one of the extension's messages from its own page (the popup's), as the options page would. */
async function sendFromExtension<T>(browser: LaunchedExtension, type: string, data: unknown): Promise<T> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const answer = await page.evaluate(([messageType, payload]) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };
    return chrome.runtime.sendMessage({ sentinel: 1, type: messageType, data: payload });
  }, [type, data] as const);
  await page.close();
  return answer as T;
}

async function openOverlay(browser: LaunchedExtension, url: string, disputeId: string): Promise<{ page: Page; overlay: Locator }> {
  // The dispute page's panel opens as the seller last left it: each test starts from a closed one.
  await browser.serviceWorker.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { remove(key: string): Promise<void> } } } };
    return chrome.storage.local.remove("disputePagePanel");
  });
  const page = await browser.context.newPage();
  await page.goto(url);
  const overlay = page.locator(`[data-sentinel-dispute="${disputeId}"]`);
  await overlay.waitFor({ state: "attached", timeout: 15_000 });
  return { page, overlay };
}

describe("suggested replies and evidence on a dispute page", () => {
  let server: SellerCenterServer;
  let browser: LaunchedExtension;

  beforeAll(async () => {
    server = await startSellerCenterServer();
    server.page(DETAIL_URL, () => fixture("dispute-detail-en-reply-box.html").replaceAll("{{OPENED}}", pacificText(Date.now() - 2 * 24 * HOUR_MS)));
    server.page(ORDER_URL, fixture("order-detail-en-reply-box.html"));
    server.page(NO_BOX_URL, () =>
      fixture("dispute-detail-en-updated-no-countdown.html")
        .replaceAll("{{OPENED}}", pacificText(Date.now() - 2 * 24 * HOUR_MS))
        .replaceAll("{{UPDATED}}", pacificText(Date.now() - 24 * HOUR_MS)),
    );
    browser = await launchExtension({ server });
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: "https://csp.aliexpress.com" });
    // The dispute, then its order (the buyer's country, carrier, tracking and shipping time join the dispute).
    const first = await openOverlay(browser, DETAIL_URL, DISPUTE_ID);
    await first.page.close();
    const order = await browser.context.newPage();
    await order.goto(ORDER_URL);
    await pollUntil(async () => (await readExtensionRow<{ shippedAt: string | null }>(browser, "orders", ORDER_ID))?.shippedAt ?? null, (at) => at !== null, "the order's shipping time");
    await pollUntil(async () => (await readExtensionRow<{ buyerCountry: string | null }>(browser, "disputes", DISPUTE_ID))?.buyerCountry ?? null, (country) => country === "Brazil", "the buyer's country on the dispute");
    await order.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("inserts a reply in the buyer's language into the page's framework-controlled box, and the page registers it", async () => {
    const { page, overlay } = await openOverlay(browser, DETAIL_URL, DISPUTE_ID);
    await overlay.locator(".sentinel-replies-toggle").click();
    await expect.poll(() => overlay.locator(".sentinel-replies select").inputValue(), { timeout: 10_000 }).toBe("pt");
    const first = overlay.locator(".sentinel-reply").first();
    await expect.poll(async () => (await first.locator(".sentinel-reply-text").textContent()) ?? "", { timeout: 10_000 }).toContain("LP00412345678BR");
    const text = (await first.locator(".sentinel-reply-text").textContent()) ?? "";
    expect(text).toMatch(/^Olá, Mariana S\.!/);
    // "Nov 2, 2026 10:30" on the order page, Pacific time: the 2nd of November.
    expect(text).toContain("enviado em 2 de novembro de 2026 com a transportadora Cainiao Standard");
    expect(text).not.toMatch(/undefined|\{|\[object/);
    // The buyer asks for the whole order back: a partial offer leaves its amount for the seller to choose.
    expect(await overlay.locator('[data-reply-id="delay-partial-refund"] .sentinel-reply-text').textContent()).toContain("reembolso parcial de [valor do reembolso]");
    expect(await page.getByTestId("framework-state").textContent()).toBe("Draft: 0 characters");

    await first.locator(".sentinel-reply-insert").click();
    await expect.poll(() => page.getByTestId("framework-state").getAttribute("data-draft"), { timeout: 5_000 }).toBe(text);
    expect(await page.getByTestId("framework-state").textContent()).toBe(`Draft: ${text.length} characters`);
    expect(await page.locator("#send").isEnabled()).toBe(true);
    // Still there after the page re-rendered the box from its own state, and the search box was left alone.
    await page.waitForTimeout(600);
    expect(await page.locator("#reply-box").inputValue()).toBe(text);
    expect(await page.getByPlaceholder("Search order number").inputValue()).toBe("");
    expect(await first.locator(".sentinel-reply-feedback").textContent()).toBe("Inserted into the reply box");
    await shoot(overlay, "replies-insert-en");
    await page.close();
  });

  it("remembers another language chosen for the dispute", async () => {
    const { page, overlay } = await openOverlay(browser, DETAIL_URL, DISPUTE_ID);
    await overlay.locator(".sentinel-replies-toggle").click();
    await overlay.locator(".sentinel-replies select").selectOption("es");
    await expect.poll(async () => (await readExtensionRow<{ buyerLanguage: string | null }>(browser, "disputes", DISPUTE_ID))?.buyerLanguage ?? null, { timeout: 5_000 }).toBe("es");
    await page.reload();
    await overlay.waitFor({ state: "attached", timeout: 15_000 });
    // Left open before the reload, the replies open again by themselves.
    await overlay.locator(".sentinel-replies select").waitFor({ timeout: 15_000 });
    // Drawn first from the page alone, the panel takes the remembered language when the background answers.
    await expect.poll(() => overlay.locator(".sentinel-replies select").inputValue(), { timeout: 10_000 }).toBe("es");
    await expect.poll(async () => (await overlay.locator(".sentinel-reply-text").first().textContent()) ?? "", { timeout: 10_000 }).toMatch(/^Hola, Mariana S\.:/);
    await page.close();
  });

  it("shows the checklist with what the order told, and copies the evidence summary", async () => {
    const { page, overlay } = await openOverlay(browser, DETAIL_URL, DISPUTE_ID);
    await overlay.locator(".sentinel-toggle").first().click();
    const tracking = overlay.locator('[data-item-id="nr-transit-tracking"]');
    await expect.poll(async () => (await tracking.textContent()) ?? "", { timeout: 10_000 }).toContain("Tracking number: LP00412345678BR");
    expect(await tracking.locator("input").isChecked()).toBe(true);
    await expect.poll(async () => (await overlay.locator('[data-fact="shippedAt"]').first().textContent()) ?? "", { timeout: 5_000 }).toMatch(/^Shipped: /);
    expect(await overlay.locator(".sentinel-progress").textContent()).toBe("1/7 ready");
    await overlay.locator('[data-item-id="all-chat"] input').click();
    await expect.poll(() => overlay.locator(".sentinel-progress").textContent(), { timeout: 5_000 }).toBe("2/7 ready");

    await overlay.locator(".sentinel-evidence-copy").click();
    await expect.poll(async () => (await overlay.locator(".sentinel-evidence-feedback").textContent()) ?? "", { timeout: 5_000 }).toMatch(/Summary copied/);
    const summary = await page.evaluate(() => navigator.clipboard.readText());
    expect(summary.split("\n")[0]).toBe(`Order ${ORDER_ID} · dispute ${DISPUTE_ID}`);
    expect(summary).toMatch(/2026-10-31 11:30 GMT-7 {2}Order paid\n2026-11-02 10:30 GMT-8 {2}Order shipped with Cainiao Standard, tracking number LP00412345678BR/);
    expect(summary).toMatch(/\n\d{4}-\d{2}-\d{2} \d{2}:\d{2} GMT-[78] {2}Buyer opened the dispute/);
    await overlay.locator(".sentinel-evidence-details summary").click();
    await shoot(overlay, "checklist-en");
    await page.close();
  });

  it("copies the reply and says so where the page has no message box", async () => {
    const { page, overlay } = await openOverlay(browser, NO_BOX_URL, NO_BOX_ID);
    await overlay.locator(".sentinel-replies-toggle").click();
    const first = overlay.locator(".sentinel-reply").first();
    await first.locator(".sentinel-reply-insert").waitFor({ timeout: 10_000 });
    await first.locator(".sentinel-reply-insert").click();
    await expect.poll(async () => (await first.locator(".sentinel-reply-feedback").textContent()) ?? "", { timeout: 5_000 }).toBe(
      "No reply box open on this page: copied instead, paste it where you reply",
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await first.locator(".sentinel-reply-text").textContent());
    await page.close();
  });

  it("offers a template the seller wrote in the options, first, where they said", async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const editor = options.getByTestId("reply-templates");
    await editor.locator(".templates-bar select").selectOption("es");
    await editor.getByRole("button", { name: "Add a template" }).click();
    const form = editor.locator(".template-new");
    await form.locator('input[type="text"]').fill("Vacaciones");
    await form.locator("textarea").fill("Hola {buyer}: volvemos el lunes y revisaremos el pedido {orderId} a primera hora.");
    await form.getByLabel("Item not received").check();
    await form.getByRole("button", { name: "Save template" }).click();
    await editor.locator('[data-template-id^="own-"]').waitFor({ timeout: 5_000 });
    await shoot(editor, "templates-editor-en");
    await options.close();

    const { page, overlay } = await openOverlay(browser, DETAIL_URL, DISPUTE_ID);
    await overlay.locator(".sentinel-replies-toggle").click();
    const first = overlay.locator(".sentinel-reply").first();
    await expect.poll(async () => (await first.locator(".sentinel-reply-text").textContent()) ?? "", { timeout: 10_000 }).toBe(
      `Hola Mariana S.: volvemos el lunes y revisaremos el pedido ${ORDER_ID} a primera hora.`,
    );
    expect(await first.locator(".sentinel-reply-title").textContent()).toBe("Vacaciones · yours");
    await page.close();
  });

  it("speaks Chinese to a seller who chose it: replies and checklist", async () => {
    const { settings } = await sendFromExtension<{ settings: Record<string, unknown> }>(browser, "get-settings", {});
    await sendFromExtension(browser, "save-settings", { settings: { ...settings, uiLanguage: "zh" } });
    const { page, overlay } = await openOverlay(browser, DETAIL_URL, DISPUTE_ID);
    await expect.poll(async () => (await overlay.locator(".sentinel-replies-toggle").textContent()) ?? "", { timeout: 10_000 }).toBe("回复建议");
    await overlay.locator(".sentinel-replies-toggle").click();
    await expect.poll(async () => (await overlay.locator(".sentinel-reply-text").first().textContent()) ?? "", { timeout: 10_000 }).toMatch(/^Hola/);
    await overlay.locator(".sentinel-replies select").selectOption("zh");
    await expect.poll(async () => (await overlay.locator(".sentinel-reply-text").first().textContent()) ?? "", { timeout: 10_000 }).toMatch(/^Mariana S\.，您好！/);
    expect(await overlay.locator(".sentinel-reply-insert").first().textContent()).toBe("填入");
    await shoot(overlay, "replies-zh");
    await overlay.locator(".sentinel-toggle").first().click();
    await expect.poll(async () => (await overlay.locator('[data-item-id="nr-transit-tracking"]').textContent()) ?? "", { timeout: 10_000 }).toContain("运单号：LP00412345678BR");
    await overlay.locator(".sentinel-evidence-details summary").click();
    await expect.poll(async () => (await overlay.locator(".sentinel-evidence-text").textContent()) ?? "", { timeout: 5_000 }).toContain("买家付款");
    await shoot(overlay, "checklist-zh");
    await page.close();
  });
});
