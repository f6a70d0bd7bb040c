// Launches Debian's Chromium with the built extension loaded unpacked, every *.aliexpress.com host
// answered by the local seller-center server, and nothing else reaching the network (TOOLCHAIN.md).
import { existsSync, mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page, type Worker } from "playwright-core";
import { extensionDir as builtExtensionDir, screenshotsDir } from "./repo-paths.ts";
import { isAliExpressHost, type SellerCenterServer } from "./seller-center-server.ts";

/** Debian's chromium (scripts/ensure-chromium.mjs installs it), or CHROMIUM_PATH. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH?.trim() || "/usr/bin/chromium";
}

export interface LaunchOptions {
  server: SellerCenterServer;
  /** Reuse a profile to test persistence across restarts; a fresh temporary one otherwise (removed on close). */
  userDataDir?: string;
  headless?: boolean;
  /** The unpacked extension; default .output/chrome-mv3. */
  extensionDir?: string;
}

export interface LaunchedExtension {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  userDataDir: string;
  /** URLs the browser tried to reach outside *.aliexpress.com and chrome-extension://, all aborted. */
  blockedRequests: string[];
  close(): Promise<void>;
}

/** Is this URL one the browser may load: an extension page or a host the local server plays? */
export function isAllowedUrl(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === "chrome-extension:" || parsed.protocol === "data:" || parsed.protocol === "blob:") return true;
  if (parsed.protocol === "about:") return true;
  return (parsed.protocol === "https:" || parsed.protocol === "wss:") && isAliExpressHost(parsed.hostname);
}

/** The Chromium flags: load the extension, map *.aliexpress.com to the local server, everything else to nowhere. */
export function chromiumArgs(extensionDir: string, port: number): string[] {
  // First matching MAP rule wins: aliexpress hosts go to the local server, every other host
  // resolves to nothing, so even requests that escape context.route (tabs the extension opens
  // itself) cannot reach the network.
  const hostRules = [`MAP *.aliexpress.com 127.0.0.1:${port}`, `MAP aliexpress.com 127.0.0.1:${port}`, "MAP * ~NOTFOUND"].join(", ");
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--host-resolver-rules=${hostRules}`,
    "--ignore-certificate-errors",
  ];
}

export async function launchExtension(options: LaunchOptions): Promise<LaunchedExtension> {
  const extensionDir = options.extensionDir ?? builtExtensionDir;
  if (!existsSync(join(extensionDir, "manifest.json"))) {
    throw new Error(`No built extension in ${extensionDir}: run npm run build (npm test builds it first).`);
  }
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), "sentinel-e2e-profile-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args: chromiumArgs(extensionDir, options.server.port),
    viewport: { width: 1280, height: 900 },
  });
  const blockedRequests: string[] = [];
  const close = async () => {
    await context.close();
    if (ownsProfile) rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (isAllowedUrl(url)) return route.continue();
      blockedRequests.push(url);
      return route.abort("blockedbyclient");
    });
    const serviceWorker =
      context.serviceWorkers().find((worker) => worker.url().startsWith("chrome-extension://")) ??
      (await context
        .waitForEvent("serviceworker", {
          predicate: (worker) => worker.url().startsWith("chrome-extension://"),
          timeout: 20_000,
        })
        .catch((error: unknown) => {
          throw new Error(
            `The extension's service worker did not start within 20 s. Was ${extensionDir} rebuilt while Chromium loaded it, ` +
              `or does its manifest not load? (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`,
          );
        }));
    // The id depends on the folder path: never hard-code it (TOOLCHAIN.md).
    const extensionId = new URL(serviceWorker.url()).host;
    return { context, serviceWorker, extensionId, userDataDir, blockedRequests, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Opens the toolbar popup's page in a tab (a real popup cannot be opened under Playwright). */
export async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

/** Saves a full-page PNG as screenshots/<name>.png (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotsDir, { recursive: true });
  const path = join(screenshotsDir, `${name.replace(/[^\w.-]+/g, "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
