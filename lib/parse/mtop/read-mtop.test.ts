import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readMtopResponse, type MtopReading } from "./read-mtop";

const LA = "America/Los_Angeles";
const LINES_TEXT = readFileSync(fileURLToPath(new URL("./__fixtures__/querySellerReverseOrderList.lines.json", import.meta.url)), "utf8");
const LIST_API = "mtop.aliexpress.seller.reverse.querySellerReverseOrderList";

function envelope(api: string, data: string, ret = '["SUCCESS::调用成功"]'): string {
  return `{"api":"${api}","v":"1.0","ret":${ret},"data":${data}}`;
}

function asReading(result: MtopReading | { error: string }): MtopReading {
  if ("error" in result) throw new Error(result.error);
  return result;
}

describe("readMtopResponse", () => {
  it("reads the real dispute list through the envelope", () => {
    const reading = asReading(readMtopResponse(envelope(LIST_API, `{"data":{"pageInfo":{"total":20},"someUnknownKey":${LINES_TEXT}}}`), LA));
    expect(reading).toMatchObject({ api: LIST_API, loginExpired: false, total: 20, orders: [], warnings: [] });
    expect(reading.disputes).toHaveLength(20);
  });

  it("compares the api name in lower case", () => {
    const reading = asReading(readMtopResponse(envelope(LIST_API.toLowerCase(), `{"data":{"pageInfo":{"total":0},"x":[]}}`), LA));
    expect(reading.total).toBe(0);
  });

  it("says the login expired and reads nothing else", () => {
    const reading = asReading(readMtopResponse(envelope(LIST_API, "{}", '["FAIL_SYS_TOKEN_EXOIRED::令牌过期"]'), LA));
    expect(reading).toMatchObject({ loginExpired: true, disputes: [], total: null });
  });

  it("reports a failed call without reading its data", () => {
    const data = `{"data":{"pageInfo":{"total":20},"someUnknownKey":${LINES_TEXT}}}`;
    const reading = asReading(readMtopResponse(envelope(LIST_API, data, '["FAIL_SYS_ILLEGAL_ACCESS::非法请求"]'), LA));
    expect(reading).toMatchObject({ loginExpired: false, disputes: [], warnings: [expect.stringMatching(/FAIL_SYS_ILLEGAL_ACCESS/)] });
  });

  it.each([
    ["an unknown api", envelope("mtop.aliexpress.seller.product.list", "{}"), /not an api we read/],
    ["a forged envelope without ret", `{"api":"${LIST_API}","data":{}}`, /no ret/],
    ["HTML", "<!doctype html><title>login</title>", /not JSON/],
    ["an oversized body", envelope(LIST_API, `{"pad":"${"x".repeat(5 * 1024 * 1024 + 1)}"}`), /larger than/],
  ])("refuses %s", (_name, raw, error) => {
    const result = readMtopResponse(raw, LA);
    expect("error" in result && result.error).toMatch(error);
  });

  it("reads a detail response, taking the dispute id from the request when the response has none", () => {
    const raw = envelope("mtop.aliexpress.seller.reverse.reverseOrderLineDetailRender", '{"data":{"reverseDetailStatusText":"平台介入处理中","applyReason":"未收到货"}}');
    const requestUrl = `https://seller-acs.aliexpress.com/h5/mtop.aliexpress.seller.reverse.reverseorderlinedetailrender/1.0/?api=x&data=${encodeURIComponent('{"reverseOrderLineId":14274076944901657}')}`;
    const reading = asReading(readMtopResponse(raw, LA, { requestUrl }));
    expect(reading.disputes).toEqual([expect.objectContaining({ disputeId: "14274076944901657", status: "platform-review", reason: "not-received" })]);
    // without a request, the dispute cannot be keyed: nothing read, a warning
    const alone = asReading(readMtopResponse(raw, LA));
    expect(alone.disputes).toEqual([]);
    expect(alone.warnings).toEqual([expect.stringMatching(/no dispute id/)]);
  });

  it("reads a history response with the dispute id from a POST form body", () => {
    const raw = envelope("mtop.aliexpress.seller.reverse.reverseOrderLineHistoryRender", '{"data":{"list":[{"actionTime":"2026-01-16 15:12:01","actionType":"BUYER_CREATE","processSolutions":[{"actionOwner":"BUYER"}]}]}}');
    const formBody = `jsv=2.7.2&data=${encodeURIComponent('{"reverseOrderLineId":"6375657552402844"}')}`;
    const reading = asReading(readMtopResponse(raw, LA, { requestUrl: "https://seller-acs.aliexpress.com/h5/x/1.0/", formBody }));
    expect(reading.history).toEqual({ disputeId: "6375657552402844", entries: [{ at: "2026-01-16T23:12:01.000Z", actor: "buyer", text: "BUYER_CREATE" }] });
    expect(reading.disputes).toEqual([]);
  });

  it("reads an order detail response", () => {
    const raw = envelope("mtop.aliexpress.trade.seller.order.detail", '{"data":{"orderId":8208460785972844,"seller_pc_omd_logistics":{"logisticsServiceName":"Cainiao","logisticsNumber":"CN123"}}}');
    const reading = asReading(readMtopResponse(raw, LA));
    expect(reading.orders).toEqual([expect.objectContaining({ orderId: "8208460785972844", carrier: "Cainiao", trackingNumber: "CN123" })]);
  });

  it("ignores a request whose data is not JSON", () => {
    const raw = envelope("mtop.aliexpress.trade.seller.order.detail", '{"data":{}}');
    const reading = asReading(readMtopResponse(raw, LA, { requestUrl: "https://seller-acs.aliexpress.com/h5/x/1.0/?data=%7Bnot-json" }));
    expect(reading.orders).toEqual([]);
  });
});
