// Order list (csp /m_apps/order-manage/orderList, gsp /apps/order/index): one OrderReading per row.
import type { OrderReading } from "../model";
import type { LabelConcept } from "../page/labels";
import type { ListParse } from "./dispute-list";
import { addPairs, bagFromRow, orderFromBag, type FieldBag, type OrderBuild, type ReadContext } from "./fields";
import { readLabelValues } from "./label-values";
import { findRecordBlocks, orderLinks, type KeyedElement } from "./record-blocks";
import { readTablesInSteps, type TableGrid } from "./table";
import { runSteps, SliceCounter, type Steps } from "./steps";
import { findIds } from "./text";

const ORDER_COLUMNS: readonly LabelConcept[] = ["orderId", "orderStatus", "status", "buyer", "orderAmount", "shipBy", "trackingNumber", "paid", "country"];

function isOrderGrid(grid: TableGrid): boolean {
  return grid.columns.filter((c) => c !== null && ORDER_COLUMNS.includes(c)).length >= 2;
}

function mergeOrders(readings: readonly OrderReading[]): OrderReading[] {
  const byId = new Map<string, OrderReading>();
  const result: OrderReading[] = [];
  for (const reading of readings) {
    const existing = reading.orderId === null ? undefined : byId.get(reading.orderId);
    if (!existing) {
      result.push(reading);
      if (reading.orderId !== null) byId.set(reading.orderId, reading);
      continue;
    }
    const target: Record<string, unknown> = existing as unknown as Record<string, unknown>;
    for (const [field, value] of Object.entries(reading)) if (target[field] === null && value !== null) target[field] = value;
  }
  return result;
}

export function parseOrderList(root: ParentNode & Node, url: string, now: Date, zone: string): ListParse<OrderReading> {
  return runSteps(parseOrderListInSteps(root, url, now, zone, new SliceCounter(0)));
}

/** parseOrderList, pausing after every slice of rows `slices` counts. */
export function* parseOrderListInSteps(root: ParentNode & Node, url: string, now: Date, zone: string, slices: SliceCounter, onTables?: (grids: readonly TableGrid[]) => void): Steps<ListParse<OrderReading>> {
  const context: ReadContext = { now, zone };
  const grids = (yield* readTablesInSteps(root, slices)).filter(isOrderGrid);
  onTables?.(grids);
  let builds: OrderBuild[] = [];
  for (const grid of grids) {
    for (const row of grid.rows) {
      builds.push(orderFromBag(bagFromRow(row, zone), null, context));
      // The first row also compiles the value patterns (≈ 30 ms in a fresh page): a slice of its own.
      if (slices.tick() || (slices.enabled && builds.length === 1)) yield;
    }
  }
  builds = builds.filter((b) => b.order.orderId !== null);
  let structureFound = grids.length > 0;
  if (builds.length === 0) {
    // Cards per order: keyed by the order number they show, or by their order-detail link.
    let anchors: KeyedElement[] = readLabelValues(root)
      .filter((pair) => pair.concept === "orderId")
      .flatMap((pair) => {
        const id = findIds(pair.value)[0];
        return id ? [{ element: pair.labelRun.element, key: id }] : [];
      });
    if (anchors.length === 0) anchors = orderLinks(root, url);
    const blocks = findRecordBlocks(root, anchors);
    structureFound = structureFound || blocks.length > 0;
    builds = blocks.map((block) => {
      const bag: FieldBag = new Map();
      addPairs(bag, readLabelValues(block.element));
      return orderFromBag(bag, block.key, context);
    });
  }
  return { records: mergeOrders(builds.map((b) => b.order)), warnings: builds.flatMap((b) => b.warnings), structureFound };
}
