// Issue 10 in the browser: the options page's data section. A bad backup file imported through the page is
// refused with its reason in the UI language, and the database (every store) and the popup are as before;
// the exported backup and spreadsheet download; "clear all" asks first, and the backup brings everything back,
// the reply template the seller wrote in the same page included.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturePage, serveFixturePage } from "./support/fixtures.ts";
import { launchExtension, openPopup, screenshot, type LaunchedExtension } from "./support/launch.ts";
import { screenshotsDir } from "./support/repo-paths.ts";
import { startSellerCenterServer, type SellerCenterServer } from "./support/seller-center-server.ts";
import { readBackup } from "../lib/backup/read-backup.ts";

const LISTS = ["dispute-list-zh-table.html", "dispute-list-en-table.html"];
const TEMPLATE_TITLE = "Holiday notice";

/** The seller's own templates the editor lists in the language it shows. */
const ownTemplates = (options: Page) => options.getByTestId("reply-templates").locator('[data-template-id^="own-"]');

/** Every store of the extension's database, keys and rows, read inside its service worker. */
function dumpExtensionDb(browser: LaunchedExtension): Promise<string> {
  return browser.serviceWorker.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open("dispute-sentinel");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames].sort();
          const tx = db.transaction(names, "readonly");
          const requests = names.map((name) => [name, tx.objectStore(name).getAllKeys(), tx.objectStore(name).getAll()] as const);
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(requests.map(([name, keys, rows]) => [name, keys.result, rows.result])));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

async function shoot(page: Page, testId: string, name: string): Promise<string> {
  mkdirSync(screenshotsDir, { recursive: true });
  const path = join(screenshotsDir, `${name}.png`);
  await page.getByTestId(testId).screenshot({ path });
  return path;
}

/** The disputes the popup lists (open and closed), by id. */
async function popupDisputeIds(browser: LaunchedExtension, expected: number): Promise<string[]> {
  const popup = await openPopup(browser.context, browser.extensionId);
  if (expected > 0) await popup.locator("[data-dispute-id]").nth(expected - 1).waitFor({ state: "attached", timeout: 15_000 });
  else await popup.getByText(/No disputes yet|还没有纠纷/).waitFor({ timeout: 15_000 });
  const ids = await popup.locator("[data-dispute-id]").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-dispute-id") ?? ""));
  await popup.close();
  return ids.sort();
}

async function importFile(options: Page, name: string, text: string): Promise<string> {
  const message = options.getByTestId("data-message");
  const before = (await message.count()) > 0 ? await message.textContent() : null;
  await options.getByTestId("import-file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  // A new message (the same file twice gives the same text: wait for it to be re-rendered with the result).
  await options.waitForFunction(
    (previous) => {
      const element = document.querySelector('[data-testid="data-message"]');
      return element !== null && element.textContent !== previous;
    },
    before,
    { timeout: 15_000 },
  );
  return (await message.textContent()) ?? "";
}

describe("the seller's data on the options page", () => {
  let server: SellerCenterServer;
  let browser: LaunchedExtension;
  let allIds: string[];

  beforeAll(async () => {
    server = await startSellerCenterServer();
    for (const file of LISTS) serveFixturePage(server, file);
    browser = await launchExtension({ server });
    allIds = LISTS.flatMap((file) => (fixturePage(file).expect.disputes ?? []).map((d) => d.disputeId ?? "")).sort();
    // The disputes come the way they always do: the seller opens the lists.
    for (const file of LISTS) {
      const page = await browser.context.newPage();
      await page.goto(fixturePage(file).url);
      for (const dispute of fixturePage(file).expect.disputes ?? []) {
        await page.locator(`[data-sentinel-dispute="${dispute.disputeId}"]`).waitFor({ state: "attached", timeout: 15_000 });
      }
      await page.close();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("refuses a bad file with its reason, in English then Chinese, and changes nothing", { timeout: 120_000 }, async () => {
    expect(await popupDisputeIds(browser, allIds.length)).toEqual(allIds);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId("data-summary").waitFor({ timeout: 15_000 });
    expect(await options.getByTestId("data-summary").textContent()).toContain(`${allIds.length} disputes`);

    // A template of the seller's own, written in the same page: part of their data from now on.
    const editor = options.getByTestId("reply-templates");
    await editor.getByRole("button", { name: "Add a template" }).click();
    const form = editor.locator(".template-new");
    await form.locator('input[type="text"]').fill(TEMPLATE_TITLE);
    await form.locator("textarea").fill("Hello {buyer}, we are back on Monday and will look at order {orderId} first thing.");
    await form.getByRole("button", { name: "Save template" }).click();
    await ownTemplates(options).first().waitFor({ timeout: 5_000 });
    await options.reload();
    await expect.poll(async () => (await options.getByTestId("data-summary").textContent()) ?? "", { timeout: 15_000 }).toContain("1 reply templates of yours");
    await screenshot(options, "seller-data-options-en-page");

    // A real export, as the page downloads it: a valid backup of everything.
    const [download] = await Promise.all([options.waitForEvent("download"), options.getByText("Export backup", { exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^dispute-sentinel-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync((await download.path()) ?? "", "utf8");
    const read = readBackup(exported);
    expect(read.ok && read.backup.disputes.map((d) => d.disputeId).sort()).toEqual(allIds);
    expect(read.ok && read.backup.replyTemplates.map((template) => template.title)).toEqual([TEMPLATE_TITLE]);

    const before = await dumpExtensionDb(browser);
    // The same backup with one dispute listed twice, and the last dispute's status unknown to this version.
    const file = JSON.parse(exported) as { disputes: Array<Record<string, unknown>> };
    const twice = JSON.stringify({ ...file, disputes: [...file.disputes, file.disputes[0]] });
    const duplicated = String(file.disputes[0]?.disputeId);
    expect(await importFile(options, "twice.json", twice)).toBe(`The file lists dispute ${duplicated} twice. Nothing was changed.`);
    await shoot(options, "data-section", "seller-data-options-en-refused");
    const misspelt = exported.replace("{orderId}", "{orderNo}");
    expect(await importFile(options, "misspelt.json", misspelt)).toMatch(
      /^The file is damaged: reply template no\. 1 \(en\/own-[a-z0-9]+\), field “text”: a placeholder this version does not know \(“\{orderNo\}”\)\. Nothing was changed\.$/,
    );
    const truncated = exported.slice(0, Math.floor(exported.length / 2));
    expect(await importFile(options, "truncated.json", truncated)).toContain("The file is incomplete");
    expect(await dumpExtensionDb(browser)).toBe(before);

    // In Chinese: the UI language is a setting.
    await options.getByRole("combobox").first().selectOption("zh");
    await options.getByText("Save", { exact: true }).click();
    await options.getByText("您的数据", { exact: true }).waitFor({ timeout: 15_000 });
    const newer = JSON.stringify({ ...file, version: 99 });
    expect(await importFile(options, "newer.json", newer)).toContain("该文件由更新版本的纠纷哨兵导出（备份版本 99");
    await shoot(options, "data-section", "seller-data-options-zh-refused");
    const settingsAfterSave = await dumpExtensionDb(browser);
    expect(await importFile(options, "twice.json", twice)).toBe(`文件中纠纷 ${duplicated} 出现了两次。未做任何更改。`);
    expect(await dumpExtensionDb(browser)).toBe(settingsAfterSave);
    await options.close();

    // The popup still lists every dispute.
    expect(await popupDisputeIds(browser, allIds.length)).toEqual(allIds);
  });

  it("exports the spreadsheet, clears everything after the confirmation, and the backup brings it back", { timeout: 120_000 }, async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId("data-summary").waitFor({ timeout: 15_000 });

    const [csvDownload] = await Promise.all([options.waitForEvent("download"), options.getByText("导出表格（CSV）").click()]);
    const csv = readFileSync((await csvDownload.path()) ?? "");
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString("utf8").slice(1).split("\r\n").filter((line) => line !== "");
    expect(lines[0]).toMatch(/^店铺,纠纷号,订单号,商品,买家,国家,原因,状态,退款金额,币种,发起时间（.+）,截止时间（.+）,截止时间来源,已处理,备注$/);
    expect(lines).toHaveLength(allIds.length + 1);
    for (const id of allIds) expect(csv.toString("utf8")).toContain(`\t${id}`);

    const [backupDownload] = await Promise.all([options.waitForEvent("download"), options.getByText("导出备份").click()]);
    const backup = readFileSync((await backupDownload.path()) ?? "", "utf8");
    const before = JSON.parse(backup) as { disputes: unknown[]; events: unknown[]; orders: unknown[]; replyTemplates: unknown[] };

    expect(before.replyTemplates).toHaveLength(1);
    // The editor shows the template's language: English, whatever the page's.
    await options.getByTestId("reply-templates").locator(".templates-bar select").selectOption("en");
    expect(await ownTemplates(options).count()).toBe(1);

    await options.getByText("清除全部数据…").click();
    const confirm = options.getByTestId("confirm-clear");
    expect(await confirm.textContent()).toContain(`将删除 ${allIds.length} 个纠纷`);
    expect(await confirm.textContent()).toContain("和 1 个您编写或修改的回复模板");
    await shoot(options, "data-section", "seller-data-options-zh-confirm-clear");
    await options.getByText("全部删除").click();
    // Settings go too: the page is English again (the browser's language).
    await options.getByText("All data was deleted.").waitFor({ timeout: 15_000 });
    expect(await options.getByTestId("data-summary").textContent()).toContain("0 disputes");
    expect(await popupDisputeIds(browser, 0)).toEqual([]);
    // The template went too, and the editor below says so without a reload.
    await expect.poll(() => ownTemplates(options).count(), { timeout: 15_000 }).toBe(0);

    await importFile(options, "backup.json", backup);
    // The backup brought the Chinese setting back with it: once the page has the settings again, the result is said in Chinese.
    await expect
      .poll(async () => (await options.getByTestId("data-message").textContent()) ?? "", { timeout: 15_000 })
      .toBe(`已导入 ${allIds.length} 个纠纷（新增 ${allIds.length} 个，合并 0 个）、${before.orders.length} 个订单、${before.events.length} 条新的时间线记录和 1 个回复模板。`);
    await expect.poll(() => ownTemplates(options).count(), { timeout: 15_000 }).toBe(1);
    expect(await ownTemplates(options).first().textContent()).toContain(TEMPLATE_TITLE);
    await options.getByText("您的数据", { exact: true }).waitFor({ timeout: 15_000 });
    await shoot(options, "data-section", "seller-data-options-zh-imported");
    expect(await popupDisputeIds(browser, allIds.length)).toEqual(allIds);
    await options.close();
  });
});
