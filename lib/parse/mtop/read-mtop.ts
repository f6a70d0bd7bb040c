// One raw response of the seller center's own JSON calls → readings (issue 4, DOMAIN.md §3). The body
// comes from the page and is untrusted: parseMtopResponse caps and checks it, the readers check every field.
import type { DisputeReading, HistoryEntry, OrderReading } from "../../model";
import { readDisputeDetailJson } from "./dispute-detail-json";
import { readDisputeHistoryJson } from "./dispute-history-json";
import { readDisputeListJson } from "./dispute-list-json";
import { isSuccessRet, parseMtopResponse, quoteLargeIntegers } from "./mtop-envelope";
import { isRecord, readId } from "./json-fields";
import { readOrderDetailJson } from "./order-detail-json";

export const MTOP_DISPUTE_LIST_API = "mtop.aliexpress.seller.reverse.querysellerreverseorderlist";
export const MTOP_DISPUTE_DETAIL_API = "mtop.aliexpress.seller.reverse.reverseorderlinedetailrender";
export const MTOP_DISPUTE_HISTORY_API = "mtop.aliexpress.seller.reverse.reverseorderlinehistoryrender";
export const MTOP_ORDER_DETAIL_API = "mtop.aliexpress.trade.seller.order.detail";

export interface MtopReading {
  /** The api name as the response gave it. */
  api: string;
  loginExpired: boolean;
  disputes: DisputeReading[];
  orders: OrderReading[];
  /** A dispute's timeline (history api only); `disputeId` from the request when the response has none. */
  history?: { disputeId: string | null; entries: HistoryEntry[] };
  /** `pageInfo.total` of a dispute list, else null. */
  total: number | null;
  warnings: string[];
}

/** Where the response came from: the request names the dispute or order when the response does not. */
export interface MtopRequestContext {
  requestUrl?: string;
  /** A POST request's form body (`data=` lives there instead of the URL). */
  formBody?: string;
}

/** The request's `data` parameter (JSON in the URL or the form body), as a record. */
function requestData(context: MtopRequestContext | undefined): Record<string, unknown> | null {
  if (!context) return null;
  let data: string | null = null;
  try {
    if (context.requestUrl) data = new URL(context.requestUrl, "https://seller-acs.aliexpress.com/").searchParams.get("data");
  } catch {
    data = null;
  }
  if (data === null && context.formBody) data = new URLSearchParams(context.formBody).get("data");
  if (data === null) return null;
  try {
    // Quoted first: the request's own ids may be bare 16–17 digit numbers too.
    const parsed: unknown = JSON.parse(quoteLargeIntegers(data));
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function requestedId(request: Record<string, unknown> | null, ...keys: string[]): string | null {
  if (!request) return null;
  for (const key of keys) {
    const id = readId(request[key]).id;
    if (id !== null) return id;
  }
  return null;
}

/**
 * Reads one raw response body: envelope first, then the reader its `api` names (compared in lower
 * case). An unusable body or an api we do not read gives `{ error }`; a failed call or an expired
 * login gives an empty reading that says so.
 */
export function readMtopResponse(raw: string, zone: string, context?: MtopRequestContext): MtopReading | { error: string } {
  const envelope = parseMtopResponse(raw);
  if (!envelope.ok) return { error: envelope.error };
  const api = envelope.api.trim().toLowerCase();
  const known = [MTOP_DISPUTE_LIST_API, MTOP_DISPUTE_DETAIL_API, MTOP_DISPUTE_HISTORY_API, MTOP_ORDER_DETAIL_API];
  if (!known.includes(api)) return { error: `not an api we read: ${envelope.api.slice(0, 100)}` };
  const reading: MtopReading = { api: envelope.api, loginExpired: envelope.loginExpired, disputes: [], orders: [], total: null, warnings: [] };
  if (envelope.loginExpired) {
    reading.warnings.push("the seller's login expired");
    return reading;
  }
  if (!isSuccessRet(envelope.ret)) {
    reading.warnings.push(`the call failed: ${envelope.ret.join("; ").slice(0, 200)}`);
    return reading;
  }
  const request = requestData(context);
  if (api === MTOP_DISPUTE_LIST_API) {
    const list = readDisputeListJson(envelope.data, zone);
    return { ...reading, disputes: list.disputes, total: list.total, warnings: list.warnings };
  }
  if (api === MTOP_DISPUTE_DETAIL_API) {
    const detail = readDisputeDetailJson(envelope.data, zone, requestedId(request, "reverseOrderLineId"));
    return { ...reading, disputes: detail.dispute ? [detail.dispute] : [], warnings: detail.warnings };
  }
  if (api === MTOP_DISPUTE_HISTORY_API) {
    const history = readDisputeHistoryJson(envelope.data, zone);
    return { ...reading, history: { disputeId: requestedId(request, "reverseOrderLineId"), entries: history.entries }, warnings: history.warnings };
  }
  const order = readOrderDetailJson(envelope.data, requestedId(request, "orderId", "tradeOrderId"));
  return { ...reading, orders: order.order ? [order.order] : [], warnings: order.warnings };
}
