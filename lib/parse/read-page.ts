// The reader's entry point: (root node, URL, now, zone) → PageReading (DESIGN.md "Contracts"). Never throws.
import type { DisputeReading, OrderReading, PageKind, PageReading } from "../model";
import { channelIdFromUrl, pageKind } from "../page/detect";
import { parseDisputeDetail } from "./dispute-detail";
import { parseDisputeListInSteps } from "./dispute-list";
import { parseOrderDetail } from "./order-detail";
import { parseOrderListInSteps } from "./order-list";
import { readPageState } from "./page-state";
import { runSteps, runStepsInSlices, SliceCounter, type Steps } from "./steps";
import { collectTextRuns } from "./text-runs";
import type { TableGrid } from "./table";
import { isValidTimeZone } from "../time/zoned";

interface KindParse {
  disputes: DisputeReading[];
  orders: OrderReading[];
  warnings: string[];
  structureFound: boolean;
}

/** What a caller may learn besides the reading: the tables the list was read from (the content script places its
 *  overlays by their columns without reading the tables a second time). */
export interface ReadHooks {
  onTables?: (grids: readonly TableGrid[]) => void;
}

function* parseKindInSteps(kind: PageKind, root: ParentNode & Node, url: string, now: Date, zone: string, slices: SliceCounter, hooks: ReadHooks): Steps<KindParse> {
  switch (kind) {
    case "dispute-list": {
      const r = yield* parseDisputeListInSteps(root, url, now, zone, slices, hooks.onTables);
      return { disputes: r.records, orders: [], warnings: r.warnings, structureFound: r.structureFound };
    }
    case "dispute-detail": {
      const r = parseDisputeDetail(root, url, now, zone);
      return { disputes: r.structureFound ? r.records : [], orders: [], warnings: r.warnings, structureFound: r.structureFound };
    }
    case "order-list": {
      const r = yield* parseOrderListInSteps(root, url, now, zone, slices, hooks.onTables);
      return { disputes: [], orders: r.records, warnings: r.warnings, structureFound: r.structureFound };
    }
    case "order-detail": {
      const r = parseOrderDetail(root, url, now, zone);
      return { disputes: [], orders: r.structureFound ? r.records : [], warnings: r.warnings, structureFound: r.structureFound };
    }
    case "unknown":
      return { disputes: [], orders: [], warnings: [], structureFound: false };
  }
}

function titleOf(root: Document | Element): string | undefined {
  const document = "documentElement" in root ? root : root.ownerDocument;
  return document?.title;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function readPage(root: Document | Element, url: string, now: Date, zone: string, hooks: ReadHooks = {}): PageReading {
  return runSteps(readPageInSteps(root, url, now, zone, new SliceCounter(0), hooks));
}

export interface SliceOptions {
  /** Rows read between two pauses (list pages; a detail page is one slice). Default 50: ≈ 10–20 ms in Chromium. */
  yieldEvery?: number;
  /** Hands the main thread back, e.g. `() => new Promise((r) => setTimeout(r, 0))` or `scheduler.yield()`. */
  yieldTo: () => Promise<void>;
}

/**
 * readPage in slices of rows, handing the main thread back between them (issue 4: no task over 50 ms), with the
 * same result as readPage on the same DOM. A page changed between slices reads as it was when each row was read.
 */
export function readPageInSlices(root: Document | Element, url: string, now: Date, zone: string, options: SliceOptions & ReadHooks): Promise<PageReading> {
  return runStepsInSlices(readPageInSteps(root, url, now, zone, new SliceCounter(options.yieldEvery ?? 50), options), options.yieldTo);
}

function* readPageInSteps(root: Document | Element, url: string, now: Date, zone: string, slices: SliceCounter, hooks: ReadHooks): Steps<PageReading> {
  const validNow = !Number.isNaN(now.getTime());
  const reading: PageReading = {
    kind: "unknown",
    pageState: "ok",
    url,
    readAt: validNow ? now.toISOString() : "",
    disputes: [],
    orders: [],
    warnings: validNow ? [] : ["the reading time is not a valid date"],
    channelId: channelIdFromUrl(url),
  };
  let title: string | undefined;
  try {
    title = titleOf(root);
  } catch {
    title = undefined;
  }
  reading.kind = pageKind(url, title);
  if (reading.kind === "unknown") reading.warnings.push("page not recognised: not a dispute or order page of the seller center");
  let parsed: KindParse = { disputes: [], orders: [], warnings: [], structureFound: false };
  try {
    // The zone's first use loads its time-zone data (≈ 35 ms in Chromium): a slice of its own when sliced.
    if (slices.enabled && validNow && reading.kind !== "unknown") {
      isValidTimeZone(zone);
      yield;
    }
    if (validNow) parsed = yield* parseKindInSteps(reading.kind, root, url, now, zone, slices, hooks);
  } catch (error) {
    // One failing page kind never breaks the others (DESIGN.md principle 6): an empty reading with the reason.
    reading.warnings.push(`could not read the ${reading.kind} page: ${describe(error)}`);
  }
  reading.disputes = parsed.disputes;
  reading.orders = parsed.orders;
  reading.warnings.push(...parsed.warnings);
  try {
    reading.pageState = readPageState({
      root,
      url,
      kind: reading.kind,
      // The words of a login or "no data" notice matter only when nothing was read.
      runs: parsed.disputes.length + parsed.orders.length > 0 && parsed.structureFound ? [] : collectTextRuns(root),
      records: parsed.disputes.length + parsed.orders.length,
      structureFound: parsed.structureFound,
    });
  } catch (error) {
    reading.warnings.push(`could not tell the page state: ${describe(error)}`);
  }
  return reading;
}
