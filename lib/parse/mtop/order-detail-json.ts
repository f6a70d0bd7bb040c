// An order's detail as the seller center's own call returns it (DOMAIN.md §3,
// mtop.aliexpress.trade.seller.order.detail: logistics under a `seller_pc_omd_logistics` component).
// Built from field names only; the visible order page stays the authority.
import type { OrderReading } from "../../model";
import { findKey, isRecord, readId, readText, walkJson } from "./json-fields";

export interface OrderDetailJsonReading {
  order: OrderReading | null;
  warnings: string[];
}

const LOGISTICS_COMPONENT = "seller_pc_omd_logistics";

/** The logistics component: stored under its name, or a record that names it (`tag`, `type`, …). */
function findLogisticsComponent(data: unknown): unknown {
  let found: unknown = undefined;
  walkJson(data, (value, key) => {
    if (found !== undefined) return true;
    if (key !== null && key.startsWith(LOGISTICS_COMPONENT)) found = value;
    else if (isRecord(value) && Object.values(value).some((field) => typeof field === "string" && field.startsWith(LOGISTICS_COMPONENT))) found = value;
    return found !== undefined;
  });
  return found;
}

/**
 * Reads the `data` of an order-detail response. `knownOrderId` (from the request) is used when the
 * response does not name its order. Never throws.
 */
export function readOrderDetailJson(data: unknown, knownOrderId: string | null = null): OrderDetailJsonReading {
  const warnings: string[] = [];
  const idRead = readId(findKey(data, "orderId") ?? findKey(data, "tradeOrderId"));
  if (idRead.problem) warnings.push(`order detail: order id ${idRead.problem}`);
  const orderId = idRead.id ?? knownOrderId;
  if (orderId === null) {
    warnings.push("order detail: no order id in the response or its request; not read");
    return { order: null, warnings };
  }
  if (idRead.id !== null && knownOrderId !== null && idRead.id !== knownOrderId) {
    warnings.push(`order detail: response names order ${idRead.id} but was requested for ${knownOrderId}; not read`);
    return { order: null, warnings };
  }
  const logistics = findLogisticsComponent(data);
  if (logistics === undefined) warnings.push(`order ${orderId}: no ${LOGISTICS_COMPONENT} component`);
  const trackingNumber = logistics === undefined ? null : readText(findKey(logistics, "logisticsNumber"));
  const carrier = logistics === undefined ? null : readText(findKey(logistics, "logisticsServiceName"));
  return {
    order: {
      orderId,
      status: null,
      buyer: null,
      buyerCountry: null,
      amount: null,
      paidAt: null,
      shippedAt: null,
      deliveredAt: null,
      trackingNumber,
      carrier,
      shipDeadline: null,
    },
    warnings,
  };
}
