// A response the bridge passed on, read: a list reading for the seller page, or only the news that the session
// is over. Detail, history and order JSON are read but only a login-expired answer is acted on: the visible page
// stays the source for those until real responses are captured (issue 4).
import type { BridgeMessage } from "../bridge/bridge-message";
import { MTOP_DISPUTE_LIST_API, readMtopResponse } from "../parse/mtop/read-mtop";
import { isFilteredListRequest, type JsonListReading } from "./merge-json-reading";

export function jsonReadingFromBridge(message: BridgeMessage, zone: string, receivedAt: Date): JsonListReading | null {
  const { api, url, body, requestBody } = message;
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
