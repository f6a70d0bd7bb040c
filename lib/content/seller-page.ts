// The content script's work on one seller-center tab, with every outside dependency injected so the same code
// runs in the extension, in unit tests (jsdom) and in the bench. One visit per URL: navigating aborts the
// previous visit's observer, timers and pending renders (DESIGN.md principle 7).
import type { PageReading } from "../model";
import type { OverlayState, ResponseOf } from "../messages";
import { indexOverlayContainers } from "./find-container";
import { overlayCellsByRow } from "./overlay-cells";
import type { ReadHooks } from "../parse/read-page";
import { accumulateListJson, mergeJsonIntoReading, type JsonListReading } from "./merge-json-reading";
import { keepValidHosts, mountMissingHost, removeAllOverlayHosts, revealHost, type WantedOverlay } from "./overlay-host";
import { watchPage, type PageWatcher } from "./page-watcher";
import { isSameReading } from "./same-reading";
import { yieldToPage } from "./yield-to-page";
import type { LazyRenderer } from "./lazy-render";

export type ReadPage = (root: Document, url: string, now: Date, zone: string, hooks?: ReadHooks) => PageReading;
export type ReadingAnswer = ResponseOf<"reading">;

export interface SellerPageDeps {
  doc: Document;
  currentUrl: () => string;
  clock: () => Date;
  readPage: ReadPage;
  /**
   * The same reading in slices that hand the main thread back (readPageInSlices, issue 4: no task over 50 ms).
   * Used instead of readPage when given.
   */
  readPageAsync?: (root: Document, url: string, now: Date, zone: string, hooks?: ReadHooks) => Promise<PageReading>;
  send: (reading: PageReading) => Promise<ReadingAnswer>;
  /** Draws one overlay into its shadow root (Preact in the extension). */
  render: (shadow: ShadowRoot, overlay: OverlayState, answer: ReadingAnswer) => void;
  /** Clears what render drew, before a host is dropped. */
  unrender?: (shadow: ShadowRoot) => void;
  debounceMs?: number;
  maxWaitMs?: number;
  /** Hosts mounted per slice before yielding to the page (keeps long tasks short on 500-row lists). */
  mountSlice?: number;
  /** Draws an overlay when its row is near the viewport; default: at once. */
  lazy?: LazyRenderer;
  /** Overlays to draw from the reading alone while the background's answer is on its way. */
  provisional?: (reading: PageReading, now: Date, ruleHours: Record<string, number>) => OverlayState[] | Promise<OverlayState[]>;
  /** The UI language to draw provisional overlays in before the background has answered once. */
  initialLanguage?: ReadingAnswer["uiLanguage"];
}

export interface SellerPage {
  /** Starts a new visit for the current URL (call on load and on every location change). */
  visit(): void;
  /** The latest list JSON the page received, already checked and read. */
  acceptJson(json: JsonListReading): void;
  stop(): void;
  readonly lastReading: PageReading | null;
  readonly watcher: PageWatcher | null;
  /** The platform zone the background last told us (DOMAIN.md §2), used to read zone-less times. */
  readonly zone: string;
}

const DEFAULT_ZONE = "America/Los_Angeles";

function mark(name: string): void {
  if (typeof performance !== "undefined" && typeof performance.mark === "function") performance.mark(name);
}
/** An unchanged page is still reported this often, so "data N h old" stays true while the seller looks at it. */
const RESEND_AFTER_MS = 5 * 60_000;


export function createSellerPage(deps: SellerPageDeps): SellerPage {
  let visitController: AbortController | null = null;
  let watcher: PageWatcher | null = null;
  let lastReading: PageReading | null = null;
  let zone = DEFAULT_ZONE;
  let latestJson: JsonListReading | null = null;
  let lastLanguage: ReadingAnswer["uiLanguage"] = deps.initialLanguage ?? "en";
  let lastSent: { reading: PageReading; answer: ReadingAnswer; at: number } | null = null;
  const mountSlice = deps.mountSlice ?? 100;

  async function readOnce(signal: AbortSignal): Promise<void> {
    const url = deps.currentUrl();
    const now = deps.clock();
    // Marks on the page's timeline let the bench (and a support session) tell our work from the page's own.
    mark("dispute-sentinel:read");
    let reading: PageReading;
    // The list's tables as the reader read them: each row's overlay goes into its deadline or status cell.
    let cellsByRow: ReadonlyMap<Element, Element> = new Map();
    const hooks: ReadHooks = { onTables: (grids) => (cellsByRow = overlayCellsByRow(grids)) };
    try {
      reading = deps.readPageAsync ? await deps.readPageAsync(deps.doc, url, now, zone, hooks) : deps.readPage(deps.doc, url, now, zone, hooks);
    } catch (error) {
      // The reader never throws by contract; if it does, this page kind fails alone.
      reading = { kind: "unknown", pageState: "ok", url, readAt: now.toISOString(), disputes: [], orders: [], warnings: [`reader failed: ${String(error)}`] };
    }
    // A sliced read spans several tasks: a navigation meanwhile ends this visit.
    if (deps.readPageAsync && signal.aborted) return;
    if (latestJson?.loginExpired) reading = { ...reading, pageState: "login-expired" };
    else reading = mergeJsonIntoReading(reading, latestJson);
    lastReading = reading;
    if ((reading.kind === "unknown" && reading.pageState !== "login-expired") || reading.pageState === "loading") return;
    if (reading.disputes.length === 0 && reading.orders.length === 0 && reading.pageState === "ok") return;

    // Nothing new since the last answer (a re-render, a tick): draw again from it instead of asking the
    // background, which would rewrite every row. A heartbeat still refreshes "last seen" now and then.
    const previous = lastSent;
    if (previous && isSameReading(previous.reading, reading) && now.getTime() - previous.at < RESEND_AFTER_MS) {
      await mountOverlays(reading, previous.answer, signal, cellsByRow);
      return;
    }
    if (deps.provisional) {
      // Reading was one task; working out the overlays is the next.
      await yieldToPage();
      if (signal.aborted) return;
      // Awaited: the rules behind them may still be loading (the overlay chunk).
      const overlays = await deps.provisional(reading, now, lastSent?.answer.ruleHours ?? {});
      const provisionalAnswer: ReadingAnswer = { overlays, uiLanguage: lastLanguage, platformZone: zone };
      await mountOverlays(reading, provisionalAnswer, signal, cellsByRow);
      if (signal.aborted) return;
    }
    let answer: ReadingAnswer;
    try {
      answer = await deps.send(reading);
    } catch {
      return; // Background restarting or extension reloaded: the next change reads again.
    }
    if (signal.aborted) return;
    lastSent = { reading, answer, at: now.getTime() };
    lastLanguage = answer.uiLanguage;
    if (answer.platformZone !== zone) {
      zone = answer.platformZone;
      watcher?.poke();
    }
    await mountOverlays(reading, answer, signal, cellsByRow);
  }

  async function mountOverlays(reading: PageReading, answer: ReadingAnswer, signal: AbortSignal, cellsByRow: ReadonlyMap<Element, Element>): Promise<void> {
    const byId = new Map(answer.overlays.map((o) => [o.disputeId, o]));
    await yieldToPage();
    if (signal.aborted) return;
    const wanted: Array<WantedOverlay & { overlay: OverlayState }> = [];
    const containers = indexOverlayContainers(deps.doc, reading.kind, cellsByRow);
    const placed = new Set<string>();
    for (const dispute of reading.disputes) {
      if (dispute.disputeId === null) continue;
      const overlay = byId.get(dispute.disputeId);
      if (!overlay || placed.has(dispute.disputeId)) continue;
      const container = containers.find({ disputeId: dispute.disputeId, orderId: dispute.orderId });
      if (!container) continue;
      const deadline = overlay.deadline ? { at: overlay.deadline.dueAt, source: overlay.deadline.source } : null;
      wanted.push({ disputeId: dispute.disputeId, container, deadline, overlay });
      placed.add(dispute.disputeId);
    }
    const result = keepValidHosts(deps.doc, wanted);
    // Mount and render in slices, yielding between them, so a long list never blocks the page for long.
    for (let i = 0; i < wanted.length; i += mountSlice) {
      await yieldToPage();
      if (signal.aborted) return;
      for (const want of wanted.slice(i, i + mountSlice)) {
        // The row may have been re-rendered while we yielded: its overlay waits for the next read.
        if (!want.container.isConnected) continue;
        const entry = mountMissingHost(deps.doc, want, result);
        const draw = () => {
          revealHost(entry.host);
          deps.render(entry.shadow, want.overlay, answer);
        };
        if (deps.lazy) deps.lazy.schedule(entry.host, want.container, draw);
        else draw();
      }
    }
    mark("dispute-sentinel:mounted");
  }

  function stopVisit(): void {
    visitController?.abort();
    visitController = null;
    watcher = null;
  }

  return {
    visit() {
      stopVisit();
      // Overlays belong to the page they were drawn for.
      deps.doc.querySelectorAll<HTMLElement>("[data-sentinel-host]").forEach((host) => {
        if (host.shadowRoot) deps.unrender?.(host.shadowRoot);
      });
      removeAllOverlayHosts(deps.doc);
      latestJson = null;
      const controller = new AbortController();
      visitController = controller;
      watcher = watchPage({
        root: deps.doc.body ?? deps.doc.documentElement,
        signal: controller.signal,
        read: () => readOnce(controller.signal),
        debounceMs: deps.debounceMs,
        maxWaitMs: deps.maxWaitMs,
      });
    },
    acceptJson(json) {
      latestJson = accumulateListJson(latestJson, json);
      watcher?.poke();
    },
    stop: stopVisit,
    get lastReading() {
      return lastReading;
    },
    get watcher() {
      return watcher;
    },
    get zone() {
      return zone;
    },
  };
}
