// `npm run bench`: prints the speed and size figures the issues set targets for. Figures, not pass/fail tests.
import { JSDOM } from "jsdom";
import "fake-indexeddb/auto";
import { readPage } from "../lib/parse/read-page";
import { BENCH_LIST_URL, BENCH_NOW, makeDisputeList } from "./bench/make-dispute-list";
import { median, timeRuns } from "./bench/median";
import { benchBurst } from "./bench/burst";
import { benchStorage } from "./bench/storage";
import { benchChromium } from "./bench/chromium";

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

async function main(): Promise<void> {
  console.log(`Dispute Sentinel bench — ${new Date().toISOString()}, Node ${process.version}\n`);
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
    const worst = [...chromium.traced].sort((a, b) => b.renderingAfterReadMs - a.renderingAfterReadMs)[0];
    if (worst) console.log(`    made of: ${worst.renderingParts}`);
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
