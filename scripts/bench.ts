// `npm run bench`: prints the speed and size figures the issues set targets for. Figures, not pass/fail tests.
import { JSDOM } from "jsdom";
import "fake-indexeddb/auto";
import { spawnSync } from "node:child_process";
import { readPage } from "../lib/parse/read-page";
import { BENCH_LIST_URL, BENCH_NOW, makeDisputeList } from "./bench/make-dispute-list";
import { median, timeRuns } from "./bench/median";
import { benchBurst } from "./bench/burst";
import { benchStorage } from "./bench/storage";
import { benchChromium } from "./bench/chromium";
import { benchPopup } from "./bench/popup";
import { bundleReport, foldPackages, type BuiltFile } from "./bench/bundle-report";
import { benchOverlayStrategies } from "./bench/overlay-strategies";

const ZONE = "America/Los_Angeles";
const ROWS = 500;

function bareWalk(doc: Document): number {
  let chars = 0;
  for (const element of Array.from(doc.querySelectorAll("*"))) chars += (element.textContent ?? "").length;
  return chars;
}

function line(label: string, value: string, target?: string): void {
  console.log(`${label.padEnd(58)} ${value.padStart(12)}${target ? `   (target ${target})` : ""}`);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function printModules(file: BuiltFile, count: number): void {
  const modules = foldPackages(file.modules).slice(0, count);
  console.log(`    biggest source modules of ${file.path} (minified bytes):`);
  for (const { source, bytes } of modules) console.log(`      ${kib(bytes).padStart(10)}  ${source}`);
}

async function printBundleReport(): Promise<void> {
  console.log("Content scripts (issue 14): a fresh build, raw and gzipped (level 9)");
  const report = await bundleReport();
  for (const file of report.contentScripts) line(`  ${file.path}`, `${kib(file.rawBytes)} / ${kib(file.gzipBytes)}`);
  const raw = report.contentScripts.reduce((sum, f) => sum + f.rawBytes, 0);
  const gzip = report.contentScripts.reduce((sum, f) => sum + f.gzipBytes, 0);
  line("  all content scripts together, raw / gzipped", `${kib(raw)} / ${kib(gzip)}`, "≤ 30 KiB gzipped");
  for (const file of report.chunks) line(`  loaded when needed: ${file.path}`, `${kib(file.rawBytes)} / ${kib(file.gzipBytes)}`);
  for (const file of report.contentScripts) if (file.rawBytes > 10_000) printModules(file, 15);
  for (const file of report.chunks) if (file.rawBytes > 10_000) printModules(file, 8);
}

async function main(): Promise<void> {
  console.log(`Dispute Sentinel bench — ${new Date().toISOString()}, Node ${process.version}\n`);
  await printBundleReport();
  console.log("");
  const html = makeDisputeList(ROWS);
  const dom = new JSDOM(html, { url: BENCH_LIST_URL });
  const doc = dom.window.document;
  const coldStart = performance.now();
  const reading = readPage(doc, BENCH_LIST_URL, BENCH_NOW, ZONE);
  const coldMs = performance.now() - coldStart;
  console.log(`Reading (issue 3): a ${ROWS}-row dispute list, ${(html.length / 1024).toFixed(0)} KiB, ${doc.querySelectorAll("*").length} elements; ${reading.disputes.length} disputes read`);
  // Reads and walks alternate, as in Chromium: a slow moment of the machine weighs on both alike.
  const reads: number[] = [];
  const walks: number[] = [];
  for (let i = 0; i < 9; i++) {
    reads.push(await timeRuns(1, () => readPage(doc, BENCH_LIST_URL, BENCH_NOW, ZONE)));
    walks.push(await timeRuns(1, () => bareWalk(doc)));
  }
  const readMs = median(reads);
  const walkMs = median(walks);
  line("  Node (jsdom): first readPage (cold: nothing remembered yet)", `${coldMs.toFixed(1)} ms`);
  line("  Node (jsdom): readPage, median of 9 (warm, as re-reads are)", `${readMs.toFixed(1)} ms`);
  line("  Node (jsdom): bare walk querySelectorAll('*') + textContent, median of 9", `${walkMs.toFixed(1)} ms`);
  line("  Node: read / walk", `${(readMs / walkMs).toFixed(2)}×`, "≤ 3×");

  console.log("\nLive page (issue 4): page watcher with the real reader (jsdom)");
  const burst = await benchBurst();
  line("  full reads caused by 100 row insertions within 1 s", String(burst.readsDuringBurst), "≤ 3");

  console.log("\nStorage (issue 6): idb on fake-indexeddb in Node");

  const storage = await benchStorage();
  line(`  store a ${ROWS}-dispute list reading (one transaction)`, `${storage.storeListMs.toFixed(1)} ms`);
  line("  50 most urgent among 5,000 stored disputes", `${storage.mostUrgentMs.toFixed(1)} ms`);

  console.log("\nIn Chromium with the built extension");
  // The figures below are of .output/chrome-mv3: build it first when a source is newer.
  spawnSync(process.execPath, ["scripts/ensure-build.mjs"], { stdio: ["ignore", "ignore", "inherit"] });
  try {
    const chromium = await benchChromium(html);
    line("  page: first readPage (cold)", `${chromium.coldReadMs.toFixed(1)} ms`);
    line("  page: readPage, median of 7 (warm)", `${chromium.readMs.toFixed(1)} ms`);
    line("  page: bare walk", `${chromium.walkMs.toFixed(1)} ms`);
    line("  page: read / walk", `${(chromium.readMs / chromium.walkMs).toFixed(2)}×`, "≤ 3×");
    const mounted = chromium.loads.map((l) => l.overlaysMs).filter((ms): ms is number => ms !== null);
    const own = chromium.loads.map((l) => l.longestOwnTaskMs);
    const all = chromium.loads.map((l) => l.longestTaskMs);
    const range = (xs: number[]) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}`;
    console.log(`  ${chromium.loads.length} fresh page loads (median, range):`);
    line(`  DOMContentLoaded → ${ROWS} overlays mounted`, mounted.length === chromium.loads.length ? `${median(mounted).toFixed(0)} ms` : "not reached", "≤ 300 ms");
    line("    range over the loads", `${range(mounted)} ms`);
    line("  longest task from the content script's first read on", `${median(own).toFixed(0)} ms`, "≤ 50 ms");
    line("    range over the loads (0: none reached 50 ms)", `${range(own)} ms`);
    line("  longest task after DOMContentLoaded (page's own included)", `${range(all)} ms`);
    line("  overlays on the page", chromium.loads.map((l) => l.overlayCount).join(", "));
    console.log(`  ${chromium.traced.length} traced loads (tracing slows the page: upper bounds):`);
    line("  longest run of the content script's own code in one task", `${range(chromium.traced.map((t) => t.ownScriptMs))} ms`, "≤ 50 ms");
    line("    that task, whole", `${range(chromium.traced.map((t) => t.taskWithOwnScriptMs))} ms`);
    line("  longest rendering task after our first read (page + our badges)", `${range(chromium.traced.map((t) => t.renderingAfterReadMs))} ms`);
    line("    the same in the main thread's CPU time", `${range(chromium.traced.map((t) => t.renderingAfterReadCpuMs))} ms`);
    const worst = [...chromium.traced].sort((a, b) => b.renderingAfterReadMs - a.renderingAfterReadMs)[0];
    if (worst) console.log(`    made of: ${worst.renderingParts}`);
  } catch (error) {
    console.log(`  skipped: ${error instanceof Error ? error.message : String(error)}`);
  }

  console.log("\nOverlay draw plans (issue 14): the extension built once per plan, loads alternated plan by plan");
  try {
    const results = await benchOverlayStrategies(html);
    const stats = (xs: number[]) => `${median(xs).toFixed(0)} ms (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})`;
    for (const result of results) {
      console.log(`  ${result.strategy}${result.isProduct ? " (the product's)" : ""}: ${result.loads.length} loads, ${result.traced.length} traced`);
      line("    longest task from the first read on, median (range; 0: none ≥ 50 ms)", stats(result.loads.map((l) => l.longestOwnTaskMs)), "≤ 50 ms");
      line("    traced: longest rendering task after the read, wall", stats(result.traced.map((t) => t.renderingAfterReadMs)));
      line("    traced: longest rendering task after the read, CPU", stats(result.traced.map((t) => t.renderingAfterReadCpuMs)), "≤ 50 ms");
      const worst = [...result.traced].sort((a, b) => b.renderingAfterReadMs - a.renderingAfterReadMs)[0];
      if (worst) console.log(`      made of: ${worst.renderingParts}`);
      if (result.tick) line("    traced: longest rendering task at the countdowns' first tick, wall / CPU", `${result.tick.renderingAfterReadMs.toFixed(0)} / ${result.tick.renderingAfterReadCpuMs.toFixed(0)} ms`);
      const mounted = result.loads.map((l) => l.overlaysMs).filter((ms): ms is number => ms !== null);
      line("    DOMContentLoaded → overlays mounted, median", mounted.length > 0 ? `${median(mounted).toFixed(0)} ms` : "not reached");
    }
  } catch (error) {
    console.log(`  skipped: ${error instanceof Error ? error.message : String(error)}`);
  }

  console.log("\nPopup (issue 11): first render with 1,000 stored disputes, in Chromium");
  try {
    const popup = await benchPopup();
    line("  navigation → list rendered, median of fresh opens", `${median(popup.renderMs).toFixed(0)} ms`);
    line("    range over the opens", `${Math.round(Math.min(...popup.renderMs))}–${Math.round(Math.max(...popup.renderMs))} ms`);
    line("  rows drawn at first (the rest as they scroll in)", `${popup.rowsDrawn} of ${popup.disputes}`);
  } catch (error) {
    console.log(`  skipped: ${error instanceof Error ? error.message : String(error)}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
