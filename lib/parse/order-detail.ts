// Order detail (csp orderDetail / order_detail, gsp /apps/order/detail, trade order_detail.htm).
import type { OrderReading } from "../model";
import { orderIdFromUrl } from "../page/detect";
import type { DetailParse } from "./dispute-detail";
import { addField, addPairs, bagFromRow, orderFromBag, type FieldBag } from "./fields";
import { readLabelValues } from "./label-values";
import { readTables } from "./table";

export function parseOrderDetail(root: ParentNode & Node, url: string, now: Date, zone: string): DetailParse<OrderReading> {
  const pairs = readLabelValues(root);
  const bag: FieldBag = new Map();
  addPairs(bag, pairs);
  for (const grid of readTables(root)) {
    if (grid.rows.length !== 1 || !grid.rows[0]) continue;
    for (const [concept, values] of bagFromRow(grid.rows[0], zone)) for (const value of values) addField(bag, concept, value);
  }
  const build = orderFromBag(bag, orderIdFromUrl(url), { now, zone });
  return { records: [build.order], warnings: build.warnings, structureFound: pairs.length > 0 };
}
