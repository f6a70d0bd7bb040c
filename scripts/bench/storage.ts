// Storing a 500-dispute list reading, and the 50 most urgent among 5,000 stored disputes.
import { JSDOM } from "jsdom";
import { openSentinelDb } from "../../lib/db/open";
import { getMostUrgent } from "../../lib/db/queries";
import { applyReading } from "../../lib/tracker/apply-reading";
import { readPage } from "../../lib/parse/read-page";
import { DEFAULT_SETTINGS } from "../../lib/model";
import { BENCH_LIST_URL, BENCH_NOW, makeDisputeList } from "./make-dispute-list";
import { timeRuns } from "./median";

export async function benchStorage(): Promise<{ storeListMs: number; mostUrgentMs: number }> {
  const reading500 = readPage(new JSDOM(makeDisputeList(500), { url: BENCH_LIST_URL }).window.document, BENCH_LIST_URL, BENCH_NOW, "America/Los_Angeles");
  const db = await openSentinelDb(`bench-${Date.now()}`, { now: () => BENCH_NOW });
  const start = performance.now();
  await applyReading(db, reading500, BENCH_NOW, DEFAULT_SETTINGS);
  const storeListMs = performance.now() - start;

  // 5,000 disputes: ten stores' worth of readings with distinct ids.
  const reading5000 = readPage(new JSDOM(makeDisputeList(5000), { url: BENCH_LIST_URL }).window.document, BENCH_LIST_URL, BENCH_NOW, "America/Los_Angeles");
  await applyReading(db, { ...reading5000, url: `${BENCH_LIST_URL}0` }, BENCH_NOW, DEFAULT_SETTINGS);
  const mostUrgentMs = await timeRuns(5, () => getMostUrgent(db, 50, BENCH_NOW));
  db.close();
  return { storeListMs, mostUrgentMs };
}
