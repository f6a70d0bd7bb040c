// Receives what the MAIN-world bridge posts, treats it as untrusted (the page can post anything), and hands
// checked list readings to the seller page. Detail, history and order JSON are read but only a login-expired
// answer is acted on: the visible page stays the source for those until real responses are captured (issue 4).
import { BRIDGE_READY_MARKER, checkBridgeMessage } from "../bridge/bridge-message";
import { MTOP_DISPUTE_LIST_API, readMtopResponse } from "../parse/mtop/read-mtop";
import { isFilteredListRequest, type JsonListReading } from "./merge-json-reading";

export function jsonReadingFromBridge(data: unknown, zone: string, receivedAt: Date): JsonListReading | null {
  const checked = checkBridgeMessage(data);
  if (!checked.ok) return null;
  const { api, url, body, requestBody } = checked.message;
  const read = readMtopResponse(body, zone, { requestUrl: url, formBody: requestBody });
  if ("error" in read) return null;
  if (read.loginExpired) {
    return { api, disputes: [], total: null, filtered: true, loginExpired: true, receivedAt: receivedAt.toISOString() };
  }
  if (api !== MTOP_DISPUTE_LIST_API) return null;
  return {
    api,
    disputes: read.disputes,
    total: read.total,
    filtered: isFilteredListRequest(url, requestBody),
    loginExpired: false,
    receivedAt: receivedAt.toISOString(),
  };
}

export function listenToBridge(
  win: Window,
  signal: AbortSignal,
  accept: (json: JsonListReading) => void,
  zone: () => string = () => "America/Los_Angeles",
): void {
  win.addEventListener(
    "message",
    (event: MessageEvent) => {
      // Only what this very window posted to itself, from the seller center's own origin.
      if (event.source !== win || event.origin !== win.location.origin) return;
      const json = jsonReadingFromBridge(event.data, zone(), new Date());
      if (json) accept(json);
    },
    { signal },
  );
  announceReady(win);
}

/** Asks the bridge for the responses it kept (on start and on every visit: the page may have answered first). */
export function announceReady(win: Window): void {
  win.postMessage({ marker: BRIDGE_READY_MARKER }, win.location.origin);
}
