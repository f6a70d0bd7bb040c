// readPageInSlices returns exactly what readPage returns, on every fixture and on a long generated list,
// and really hands the main thread back between slices of rows (issue 4).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import { readPage, readPageInSlices } from "./read-page";
import { BENCH_LIST_URL, BENCH_NOW, makeDisputeList } from "../../scripts/bench/make-dispute-list";

interface Entry {
  file: string;
  url: string;
  now: string;
}

const ZONE = "America/Los_Angeles";
const manifests = [new URL("../../../shared/fixtures/pages/manifest.json", import.meta.url), new URL("./__fixtures__/manifest.json", import.meta.url)]
  .map((url) => fileURLToPath(url))
  .filter((path) => existsSync(path));
const pages = manifests.flatMap((path) => {
  const dir = path.replace(/manifest\.json$/, "");
  const entries = JSON.parse(readFileSync(path, "utf8")) as Entry[];
  // The hand-made manifest keeps its pages in pages/, the shared one beside itself.
  return entries.map((entry) => ({ ...entry, path: existsSync(`${dir}pages/${entry.file}`) ? `${dir}pages/${entry.file}` : `${dir}${entry.file}` }));
});

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe("readPageInSlices", () => {
  it("covers every fixture of both manifests", () => {
    expect(pages.length).toBeGreaterThanOrEqual(24);
    for (const page of pages) expect(existsSync(page.path), page.path).toBe(true);
  });

  it.each(pages.map((page) => [page.file, page] as const))("reads %s exactly as readPage, one row per slice", async (_file, page) => {
    const html = readFileSync(page.path, "utf8");
    const now = new Date(page.now);
    // Separate documents: a reading never shares objects with the other one.
    const whole = readPage(new JSDOM(html, { url: page.url }).window.document, page.url, now, ZONE);
    const sliced = await readPageInSlices(new JSDOM(html, { url: page.url }).window.document, page.url, now, ZONE, { yieldEvery: 1, yieldTo: nextTurn });
    expect(sliced).toEqual(whole);
  });

  it("a 300-row list pauses between slices and reads the same 300 disputes with the same warnings", async () => {
    const html = makeDisputeList(300);
    const whole = readPage(new JSDOM(html, { url: BENCH_LIST_URL }).window.document, BENCH_LIST_URL, BENCH_NOW, ZONE);
    let pauses = 0;
    const sliced = await readPageInSlices(new JSDOM(html, { url: BENCH_LIST_URL }).window.document, BENCH_LIST_URL, BENCH_NOW, ZONE, {
      yieldEvery: 50,
      yieldTo: async () => {
        pauses++;
        await nextTurn();
      },
    });
    expect(whole.disputes).toHaveLength(300);
    expect(sliced).toEqual(whole);
    // Cells of ≥ 300 rows, then 300 disputes built: at least 12 slices of 50.
    expect(pauses).toBeGreaterThanOrEqual(12);
  });

  it("a detail page pauses once (the zone's first use), never per row", async () => {
    const page = pages.find((p) => p.file.startsWith("dispute-detail"));
    expect(page).toBeDefined();
    if (!page) return;
    let pauses = 0;
    const doc = new JSDOM(readFileSync(page.path, "utf8"), { url: page.url }).window.document;
    await readPageInSlices(doc, page.url, new Date(page.now), ZONE, { yieldTo: async () => void pauses++ });
    expect(pauses).toBe(1);
  });
});
