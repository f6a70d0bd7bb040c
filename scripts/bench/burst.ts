// How many full reads a burst of 100 row insertions within one second causes, with the real reader and watcher.
import { JSDOM } from "jsdom";
import { readPage } from "../../lib/parse/read-page";
import { createSellerPage } from "../../lib/content/seller-page";
import { BENCH_LIST_URL, makeDisputeList } from "./make-dispute-list";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function benchBurst(): Promise<{ readsDuringBurst: number }> {
  const dom = new JSDOM(makeDisputeList(20), { url: BENCH_LIST_URL });
  const win = dom.window;
  const globals = globalThis as unknown as Record<string, unknown>;
  // The watcher uses the page's MutationObserver and performance clock.
  globals.MutationObserver = win.MutationObserver;
  const page = createSellerPage({
    doc: win.document,
    currentUrl: () => BENCH_LIST_URL,
    clock: () => new Date(),
    readPage,
    send: async () => ({ overlays: [], uiLanguage: "en", platformZone: "America/Los_Angeles" }),
    render: () => undefined,
  });
  page.visit();
  await sleep(1500);
  const before = page.watcher?.reads ?? 0;
  const body = win.document.querySelector("tbody");
  const template = body?.querySelector("tr");
  for (let i = 0; i < 100; i++) {
    if (body && template) body.appendChild(template.cloneNode(true));
    await sleep(9);
  }
  await sleep(1500);
  const reads = (page.watcher?.reads ?? 0) - before;
  page.stop();
  return { readsDuringBurst: reads };
}
