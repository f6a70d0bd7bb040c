import { BRIDGE_MARKER, MAX_BRIDGE_BODY_CHARS, checkBridgeMessage, observedApiOf } from "./bridge-message";

const LIST_URL =
  "https://seller-acs.aliexpress.com/h5/mtop.aliexpress.seller.reverse.querysellerreverseorderlist/1.0/?jsv=2.7.2&appKey=1&t=1&sign=x&api=mtop.aliexpress.seller.reverse.querySellerReverseOrderList&type=originaljson";

describe("observedApiOf", () => {
  it("names the API from the /h5/<api>/1.0/ path", () => {
    expect(observedApiOf(LIST_URL)).toBe("mtop.aliexpress.seller.reverse.querysellerreverseorderlist");
  });
  it("reads api= in the query when the path does not carry it", () => {
    expect(observedApiOf("https://seller-acs.aliexpress.com/gw?api=mtop.aliexpress.trade.seller.order.detail")).toBe("mtop.aliexpress.trade.seller.order.detail");
  });
  it.each([
    "https://seller-acs.aliexpress.com/h5/mtop.aliexpress.seller.product.list/1.0/",
    "https://evil.example.com/h5/mtop.aliexpress.seller.reverse.querysellerreverseorderlist/1.0/",
    "not a url at all ::",
  ])("ignores %s", (url) => {
    expect(observedApiOf(url)).toBeNull();
  });
});

describe("checkBridgeMessage", () => {
  const good = { marker: BRIDGE_MARKER, api: "mtop.aliexpress.seller.reverse.querysellerreverseorderlist", url: LIST_URL, body: "{}" };
  it("accepts the bridge's own shape", () => {
    expect(checkBridgeMessage(good)).toEqual({ ok: true, message: good });
  });
  it.each<[string, unknown]>([
    ["a string", "hello"],
    ["null", null],
    ["an array", [good]],
    ["a foreign marker", { ...good, marker: "other" }],
    ["a numeric body", { ...good, body: 12 }],
    ["a missing url", { marker: BRIDGE_MARKER, api: good.api, body: "{}" }],
    ["an api that does not match its url", { ...good, api: "mtop.aliexpress.trade.seller.order.detail" }],
    ["an unobserved api", { ...good, api: "x", url: "https://seller-acs.aliexpress.com/h5/x/1.0/" }],
    ["an oversized body", { ...good, body: "x".repeat(MAX_BRIDGE_BODY_CHARS + 1) }],
  ])("refuses %s", (_name, data) => {
    expect(checkBridgeMessage(data).ok).toBe(false);
  });
});
