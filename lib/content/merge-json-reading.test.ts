import type { DisputeReading, PageReading } from "../model";
import { accumulateListJson, isFilteredListRequest, mergeJsonIntoReading, type JsonListReading } from "./merge-json-reading";

function dispute(id: string, extra: Partial<DisputeReading> = {}): DisputeReading {
  return {
    disputeId: id, orderId: null, status: "unknown", statusText: null, reason: "unknown", reasonText: null, buyer: null, productTitle: null,
    refundRequested: null, orderAmount: null, openedAt: null, updatedAt: null, deadline: null, deadlineText: null, trackingNumber: null, carrier: null,
    ...extra,
  };
}
const page = (disputes: DisputeReading[]): PageReading => ({
  kind: "dispute-list", pageState: "ok", url: "https://csp.aliexpress.com/m_apps/dispute-management/list", readAt: "2026-11-20T18:30:00.000Z", disputes, orders: [], warnings: [],
});
const json = (disputes: DisputeReading[], total: number | null, filtered = false): JsonListReading => ({
  api: "mtop.aliexpress.seller.reverse.querysellerreverseorderlist", disputes, total, filtered, loginExpired: false, receivedAt: "2026-11-20T18:30:00.000Z",
});

describe("mergeJsonIntoReading", () => {
  it("takes exact times and ids from JSON, keeps the page's countdown, fills unknown status", () => {
    const merged = mergeJsonIntoReading(
      page([dispute("1", { openedAt: "2026-11-10T16:42:00.000Z", deadline: "2026-11-25T12:50:00.000Z", deadlineText: "4天18小时20分" })]),
      json([dispute("1", { openedAt: "2026-11-10T16:42:07.000Z", status: "platform-review", shownDisputeId: "0", deadline: "2030-01-01T00:00:00.000Z" })], 1),
    );
    expect(merged.disputes[0]).toMatchObject({ openedAt: "2026-11-10T16:42:07.000Z", status: "platform-review", shownDisputeId: "0", deadline: "2026-11-25T12:50:00.000Z" });
    expect(merged.complete).toBe(true);
  });
  it("adds JSON lines the table has not drawn, without deadlines", () => {
    const merged = mergeJsonIntoReading(page([dispute("1")]), json([dispute("1"), dispute("2", { deadline: "2030-01-01T00:00:00.000Z" })], 2));
    expect(merged.disputes.map((d) => [d.disputeId, d.deadline])).toEqual([["1", null], ["2", null]]);
  });
  it("is not complete when the list is filtered, paged or has no JSON", () => {
    expect(mergeJsonIntoReading(page([dispute("1")]), json([dispute("1")], 1, true)).complete).toBe(false);
    expect(mergeJsonIntoReading(page([dispute("1")]), json([dispute("1")], 40)).complete).toBe(false);
    expect(mergeJsonIntoReading(page([dispute("1")]), null).complete).toBe(false);
  });
});

describe("isFilteredListRequest", () => {
  const base = "https://seller-acs.aliexpress.com/h5/mtop.aliexpress.seller.reverse.querysellerreverseorderlist/1.0/?api=x&data=";
  it("sees paging and zone as no filter", () => {
    expect(isFilteredListRequest(base + encodeURIComponent(JSON.stringify({ pageSize: 20, current: 1, _timezone: -8, channelId: "2285755" })))).toBe(false);
  });
  it("sees a status tab or a search as a filter, also inside a nested JSON string", () => {
    expect(isFilteredListRequest(base + encodeURIComponent(JSON.stringify({ pageSize: 20, reverseStatus: "WAIT_SELLER" })))).toBe(true);
    expect(isFilteredListRequest(base + encodeURIComponent(JSON.stringify({ param: JSON.stringify({ tradeOrderId: "8183974713700486" }) })))).toBe(true);
  });
  it("reads data from a POST form body", () => {
    expect(isFilteredListRequest(base.replace(/data=$/, ""), "data=" + encodeURIComponent(JSON.stringify({ buyerName: "x" })))).toBe(true);
  });
});

describe("accumulateListJson", () => {
  it("makes a list of 21 disputes complete once both of its pages were received", () => {
    const page1 = json(Array.from({ length: 20 }, (_, i) => dispute(String(6400000000000100 + i))), 21);
    const page2 = json([dispute("6400000000000200")], 21);
    const both = accumulateListJson(accumulateListJson(null, page1), page2);
    expect(both.disputes).toHaveLength(21);
    expect(mergeJsonIntoReading(page([dispute("6400000000000200")]), both).complete).toBe(true);
    expect(mergeJsonIntoReading(page([dispute("6400000000000200")]), page2).complete).toBe(false);
  });
  it("starts afresh on a filtered response or another total", () => {
    const page1 = json([dispute("1")], 2);
    expect(accumulateListJson(page1, json([dispute("2")], 2, true)).disputes.map((d) => d.disputeId)).toEqual(["2"]);
    expect(accumulateListJson(page1, json([dispute("2")], 3)).disputes.map((d) => d.disputeId)).toEqual(["2"]);
  });
});

describe("mergeJsonIntoReading when the rows cannot be read (issue 14)", () => {
  const loading = (kind: PageReading["kind"] = "dispute-list", pageState: PageReading["pageState"] = "loading"): PageReading => ({ ...page([]), kind, pageState });
  const lines = [dispute("6400000000000001", { status: "awaiting-seller", deadline: "2030-01-01T00:00:00.000Z", deadlineText: "forged" }), dispute("6400000000000002", { status: "closed" })];

  it("gives a still-loading list the JSON's disputes, without deadlines, and says so", () => {
    const merged = mergeJsonIntoReading(loading(), json(lines, 2));
    expect(merged).toMatchObject({ kind: "dispute-list", pageState: "ok", complete: true });
    expect(merged.disputes.map((d) => [d.disputeId, d.status, d.deadline, d.deadlineText])).toEqual([
      ["6400000000000001", "awaiting-seller", null, null],
      ["6400000000000002", "closed", null, null],
    ]);
    expect(merged.warnings.join(" ")).toMatch(/rows could not be read: 2 dispute\(s\) taken from the page's own list data/);
  });
  it("reads the dispute list JSON on a seller-center page of a kind it does not know", () => {
    const merged = mergeJsonIntoReading(loading("unknown", "ok"), json(lines, 5));
    expect(merged).toMatchObject({ kind: "dispute-list", pageState: "ok", complete: false });
    expect(merged.disputes).toHaveLength(2);
  });
  it("believes a page of a kind it does not know that says the session is over", () => {
    expect(mergeJsonIntoReading(loading("unknown", "login-expired"), json(lines, 2))).toMatchObject({ kind: "unknown", disputes: [] });
  });
  it("leaves a still-loading list loading when the JSON has no lines", () => {
    expect(mergeJsonIntoReading(loading(), json([], 0))).toMatchObject({ pageState: "loading", disputes: [] });
  });
});
