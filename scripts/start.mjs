#!/usr/bin/env node
// `npm start`: the extension on a built-in demo seller center (README).
//   - makes sure Chromium is there and the build is fresh;
//   - serves the demo pages (scripts/demo-site) at real csp.aliexpress.com URLs from the local HTTPS
//     server, as the browser tests do: content scripts only run on seller-center URLs;
//   - with a display: opens Chromium with the extension on the Chinese demo dispute list, and runs
//     until the browser is closed (or Ctrl-C);
//   - without one (or with --headless): visits the demo pages headless, waits for the extension's
//     overlays, opens the popup, writes screenshots/demo-*.png, prints their paths and exits.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

// The harness and the demo are TypeScript; tsx loads them.
register();

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const OVERLAY = "[data-sentinel-dispute]";

function runNodeScript(script) {
  const result = spawnSync(process.execPath, [join(repoRoot, "scripts", script)], { cwd: repoRoot, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

runNodeScript("ensure-chromium.mjs");
runNodeScript("ensure-build.mjs");

const { startSellerCenterServer } = await import("../e2e/support/seller-center-server.ts");
const { launchExtension, openPopup, screenshot } = await import("../e2e/support/launch.ts");
const { registerDemoSite } = await import("./demo-site/register-demo-site.ts");

const headless = process.argv.includes("--headless") || !process.env.DISPLAY;
const server = await startSellerCenterServer();
const demo = registerDemoSite(server, new Date(), () => new Date());

/** Waits for the extension's overlays on `page`; returns how many there are (0 after the timeout). */
async function waitForOverlays(page, timeoutMs) {
  try {
    await page.locator(OVERLAY).first().waitFor({ state: "attached", timeout: timeoutMs });
  } catch {
    return 0;
  }
  // A list gets one overlay per row; give the rest a moment to follow the first.
  const rows = await page.locator("a[href*='reverseOrderLineId=']").count();
  const until = Date.now() + 3_000;
  while ((await page.locator(OVERLAY).count()) < rows && Date.now() < until) await page.waitForTimeout(200);
  await page.waitForTimeout(300); // let the last overlay paint before the screenshot
  return page.locator(OVERLAY).count();
}

async function runHeadless() {
  const browser = await launchExtension({ server, headless: true });
  const [due50Min, , , , due3Days, updatedOnly] = demo.disputes;
  const visits = [
    { name: "demo-list-zh", url: demo.listUrls.zh },
    { name: "demo-list-en", url: demo.listUrls.en },
    { name: "demo-detail-zh-due-in-50-min", url: demo.detailUrls[due50Min.disputeId] },
    { name: "demo-detail-en-due-in-3-days", url: demo.detailUrls[due3Days.disputeId] },
    { name: "demo-detail-en-no-countdown", url: demo.detailUrls[updatedOnly.disputeId] },
  ];
  const written = [];
  let pagesWithoutOverlay = 0;
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    for (const visit of visits) {
      await page.goto(visit.url);
      // 10 s for the first page (the service worker may still be starting); less once we know.
      const overlays = await waitForOverlays(page, pagesWithoutOverlay > 0 ? 3_000 : 10_000);
      if (overlays === 0) pagesWithoutOverlay += 1;
      console.log(`${visit.url}: ${overlays} overlay(s)`);
      written.push(await screenshot(page, visit.name));
    }
    const popup = await openPopup(browser.context, browser.extensionId);
    await popup.setViewportSize({ width: 460, height: 640 });
    await popup.waitForLoadState("load");
    await popup.waitForTimeout(1_000); // the popup asks the background for the stored disputes
    written.push(await screenshot(popup, "demo-popup"));
  } finally {
    await browser.close();
    await server.close();
  }
  console.log("\nScreenshots of the demo (headless, no display):");
  for (const path of written) console.log(`  ${path}`);
  if (pagesWithoutOverlay > 0) {
    console.warn(
      `\nWARNING: the extension showed no overlay (${OVERLAY}) on ${pagesWithoutOverlay} of ${visits.length} demo pages.` +
        "\nThe screenshots show the demo pages without it: is the content script in the build?",
    );
  }
}

async function runHeaded() {
  const browser = await launchExtension({ server, headless: false });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(demo.listUrls.zh);
  console.log("Chromium is open with Dispute Sentinel on the demo seller center. Demo pages:");
  console.log(`  ${demo.listUrls.zh}\n  ${demo.listUrls.en}`);
  for (const url of Object.values(demo.detailUrls)) console.log(`  ${url}`);
  console.log(`Popup: chrome-extension://${browser.extensionId}/popup.html\nClose the browser or press Ctrl-C to stop.`);
  const stop = async () => {
    await browser.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  // The seller closed the window: remove the temporary profile, stop the server.
  browser.context.once("close", () => {
    stop();
  });
}

try {
  if (headless) await runHeadless();
  else {
    try {
      await runHeaded();
    } catch (error) {
      // DISPLAY may be set with no X server behind it (an ssh session, a container).
      console.warn(`Could not open a Chromium window on DISPLAY=${process.env.DISPLAY}; running headless instead.\n  (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
      await runHeadless();
    }
  }
} catch (error) {
  console.error(`npm start failed: ${error instanceof Error ? error.stack : String(error)}`);
  await server.close();
  process.exit(1);
}
