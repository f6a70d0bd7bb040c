// The message a MAIN-world bridge posts to the content script: one JSON response the page itself received.
// The page can post anything on its own window, so the receiving side validates every field (issue 4).

export const BRIDGE_MARKER = "dispute-sentinel-bridge";
/** The content script says it is listening: the bridge posts again the last response of each API it kept. */
export const BRIDGE_READY_MARKER = "dispute-sentinel-ready";
/** Responses larger than this are dropped unread: a 500-row list is about 1.5 MB. */
export const MAX_BRIDGE_BODY_CHARS = 5_000_000;

/** APIs of DOMAIN.md §3 whose responses we read; compared in lower case. */
export const OBSERVED_APIS = [
  "mtop.aliexpress.seller.reverse.querysellerreverseorderlist",
  "mtop.aliexpress.seller.reverse.reverseorderlinedetailrender",
  "mtop.aliexpress.seller.reverse.reverseorderlinehistoryrender",
  "mtop.aliexpress.trade.seller.order.detail",
] as const;

export interface BridgeMessage {
  marker: typeof BRIDGE_MARKER;
  api: string;
  url: string;
  body: string;
  /** The request's form body (POST), when it was text: it tells whether the list was filtered. */
  requestBody?: string;
}

/** The API a request URL calls, when it is one we observe: `/h5/<api>/1.0/` or `api=<api>` in the query. */
export function observedApiOf(requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl, "https://seller-acs.aliexpress.com/");
  } catch {
    return null;
  }
  if (!/(^|\.)aliexpress\.com$/i.test(url.hostname)) return null;
  const fromPath = /\/h5\/([a-z0-9.]+)\/\d+\.\d+\/?/i.exec(url.pathname)?.[1];
  const candidate = (fromPath ?? url.searchParams.get("api") ?? "").toLowerCase();
  return (OBSERVED_APIS as readonly string[]).includes(candidate) ? candidate : null;
}

export type BridgeCheck = { ok: true; message: BridgeMessage } | { ok: false; reason: string };

/** Accepts a posted value only when it has exactly the bridge's shape, an observed API and a bounded body. */
export function checkBridgeMessage(data: unknown): BridgeCheck {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { ok: false, reason: "not an object" };
  const record = data as Record<string, unknown>;
  if (record.marker !== BRIDGE_MARKER) return { ok: false, reason: "not a bridge message" };
  const { api, url, body } = record;
  if (typeof api !== "string" || typeof url !== "string" || typeof body !== "string") return { ok: false, reason: "fields of the wrong type" };
  if (body.length > MAX_BRIDGE_BODY_CHARS) return { ok: false, reason: `body over ${MAX_BRIDGE_BODY_CHARS} characters` };
  if (url.length > 8192) return { ok: false, reason: "url too long" };
  const requestBody = record.requestBody;
  if (requestBody !== undefined && (typeof requestBody !== "string" || requestBody.length > 65_536)) return { ok: false, reason: "bad request body" };
  const observed = observedApiOf(url);
  if (observed === null || observed !== api.toLowerCase()) return { ok: false, reason: "not an observed API" };
  return { ok: true, message: { marker: BRIDGE_MARKER, api: observed, url, body, ...(requestBody === undefined ? {} : { requestBody }) } };
}
