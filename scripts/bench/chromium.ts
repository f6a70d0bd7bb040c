// The same list in Chromium with the built extension: the reader's time inside the page against a bare walk,
// the time until every overlay is mounted, and the longest main-thread task after DOMContentLoaded.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { launchExtension, type LaunchedExtension } from "../../e2e/support/launch";
import { startSellerCenterServer } from "../../e2e/support/seller-center-server";
import { BENCH_LIST_URL } from "./make-dispute-list";
import { attributeTasks, type TaskAttribution } from "./task-attribution";

const READER_ENTRY = fileURLToPath(new URL("../../lib/parse/read-page.ts", import.meta.url));

export interface PageLoadFigures {
  /** DOMContentLoaded → every overlay host on the page; null when not all arrived. */
  overlaysMs: number | null;
  /** Longest task after DOMContentLoaded, the page's own included. */
  longestTaskMs: number;
  /** Longest task from the extension's first read on (its own work, or overlapping it). */
  longestOwnTaskMs: number;
  overlayCount: number;
}

export interface ChromiumFigures {
  /** The bundled reader's first read in the page (its own memo tables empty). */
  coldReadMs: number;
  readMs: number;
  walkMs: number;
  /** One entry per page load: the figures vary from load to load on a busy machine. */
  loads: PageLoadFigures[];
  /** Traced loads: which long tasks are the content script's own. */
  traced: TaskAttribution[];
}

/** Records when the expected number of overlays is on the page, and the longest task after DOMContentLoaded. */
const PROBE_SCRIPT = `(() => {
  const expected = __EXPECTED__;
  const probe = { mountedAt: null, longest: 0, tasks: [] };
  window.__benchProbe = probe;
  new PerformanceObserver((list) => {
    const dcl = performance.getEntriesByType("navigation")[0];
    for (const entry of list.getEntries()) { probe.tasks.push([Math.round(entry.startTime), Math.round(entry.duration)]); if (!dcl || entry.startTime >= dcl.domContentLoadedEventStart) probe.longest = Math.max(probe.longest, entry.duration); }
  }).observe({ type: "longtask", buffered: true });


  const observer = new MutationObserver(() => {
    if (probe.mountedAt === null && document.querySelectorAll("[data-sentinel-dispute]").length >= expected) {
      probe.mountedAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** Times the bundled reader against a bare walk of the same DOM, median of 7 each. */
const READ_TIMING_SCRIPT = `(() => {
  const url = __URL__;
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const reads = [], walks = [];
  const coldStart = performance.now();
  window.__benchReader.readPage(document, url, new Date(), "America/Los_Angeles");
  const coldReadMs = performance.now() - coldStart;
  for (let i = 0; i < 7; i++) {
    let t = performance.now();
    window.__benchReader.readPage(document, url, new Date(), "America/Los_Angeles");
    reads.push(performance.now() - t);
    t = performance.now();
    let chars = 0;
    for (const el of Array.from(document.querySelectorAll("*"))) chars += (el.textContent || "").length;
    walks.push(performance.now() - t);
  }
  return { coldReadMs, readMs: median(reads), walkMs: median(walks) };
})()`;

/** One fresh load of the list in a new tab: when the overlays were all mounted, and the long tasks. */
async function measureLoad(context: LaunchedExtension["context"], rows: number): Promise<PageLoadFigures> {
  const page = await context.newPage();
  try {
    // In-page code is passed as text: the TS runner's helpers (e.g. __name) do not exist inside the page.
    await page.addInitScript({ content: PROBE_SCRIPT.replace("__EXPECTED__", String(rows)) });
    await page.goto(BENCH_LIST_URL);
    await page.waitForFunction("window.__benchProbe && window.__benchProbe.mountedAt !== null", undefined, { timeout: 20_000 }).catch(() => undefined);
    await page.waitForTimeout(500);
    const probe = (await page.evaluate(`(() => {
      const dcl = performance.getEntriesByType("navigation")[0];
      const p = window.__benchProbe;
      return {
        overlaysMs: !p || p.mountedAt === null ? null : p.mountedAt - dcl.domContentLoadedEventStart,
        longest: p ? p.longest : 0, tasks: p ? p.tasks : [], dcl: dcl.domContentLoadedEventStart,
        readStart: (performance.getEntriesByName("dispute-sentinel:read")[0] || { startTime: null }).startTime,
        count: document.querySelectorAll("[data-sentinel-dispute]").length,
      };
    })()`)) as { overlaysMs: number | null; longest: number; count: number; tasks: number[][]; dcl: number; readStart: number | null };
    if (process.env.BENCH_VERBOSE) {
      const marks = await page.evaluate(`JSON.stringify(performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)]))`);
      console.log("long tasks [start, ms]:", JSON.stringify(probe.tasks), "DCL at", Math.round(probe.dcl), "marks", marks);
    }
    // Tasks from our first read on are the extension's doing (or overlap it); the page's own first layout comes before.
    const ours = probe.readStart === null ? [] : probe.tasks.filter(([start]) => (start ?? 0) >= (probe.readStart ?? 0));
    const longestOurs = Math.max(0, ...ours.map(([, duration]) => duration ?? 0));
    return { overlaysMs: probe.overlaysMs, longestTaskMs: probe.longest, longestOwnTaskMs: longestOurs, overlayCount: probe.count };
  } finally {
    await page.close();
  }
}

export interface StrategyFigures {
  loads: PageLoadFigures[];
  traced: TaskAttribution[];
  /** A traced load watched until the countdowns' first tick, rendering counted from 14 s after the read; when asked for. */
  tick: TaskAttribution | null;
}

/** The figures one overlay draw plan is judged by, with the extension built for it in `extensionDir`. */
export async function benchOverlayStrategy(
  extensionDir: string,
  html: string,
  { rows = 500, loadCount = 2, tracedCount = 2, watchTick = false } = {},
): Promise<StrategyFigures> {
  const server = await startSellerCenterServer();
  server.page(BENCH_LIST_URL, html);
  const browser = await launchExtension({ server, extensionDir });
  try {
    const loads: PageLoadFigures[] = [];
    const traced: TaskAttribution[] = [];
    // Alternated, so a busy moment of the machine weighs on both kinds alike.
    for (let i = 0; i < Math.max(loadCount, tracedCount); i++) {
      if (i < loadCount) loads.push(await measureLoad(browser.context, rows));
      if (i < tracedCount) traced.push(await attributeTasks(browser.context, browser.extensionId));
    }
    // The badges' countdowns tick every 15 s from their first draw.
    const tick = watchTick ? await attributeTasks(browser.context, browser.extensionId, { watchMs: 16_500, renderingFromMs: 14_000 }) : null;
    return { loads, traced, tick };
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function benchChromium(html: string, rows = 500, loadCount = 5, extensionDir?: string): Promise<ChromiumFigures> {
  const bundle = await build({ entryPoints: [READER_ENTRY], bundle: true, write: false, format: "iife", globalName: "__benchReader", platform: "browser" });
  const readerSource = bundle.outputFiles[0]?.text ?? "";
  const server = await startSellerCenterServer();
  server.page(BENCH_LIST_URL, html);
  const browser = await launchExtension({ server, extensionDir });
  try {
    const loads: PageLoadFigures[] = [];
    for (let i = 0; i < loadCount; i++) loads.push(await measureLoad(browser.context, rows));
    const traced: TaskAttribution[] = [];
    for (let i = 0; i < 3; i++) traced.push(await attributeTasks(browser.context, browser.extensionId));
    // Now the reader itself inside a page (main world), against a bare walk of the same DOM.
    const page = await browser.context.newPage();
    await page.goto(BENCH_LIST_URL);
    await page.addScriptTag({ content: readerSource });
    const timings = (await page.evaluate(READ_TIMING_SCRIPT.replace("__URL__", JSON.stringify(BENCH_LIST_URL)))) as { coldReadMs: number; readMs: number; walkMs: number };
    return { ...timings, loads, traced };
  } finally {
    await browser.close();
    await server.close();
  }
}
