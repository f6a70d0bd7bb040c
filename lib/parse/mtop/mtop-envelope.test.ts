import { isLoginExpiredRet, parseMtopResponse, quoteLargeIntegers } from "./mtop-envelope";

const API = "mtop.aliexpress.seller.reverse.querySellerReverseOrderList";

describe("quoteLargeIntegers", () => {
  it.each([
    ['{"id":14274076944901657}', '{"id":"14274076944901657"}'],
    ['{"id": 6375657552402844, "n": 1}', '{"id": "6375657552402844", "n": 1}'],
    ['[12345678901234567,-12345678901234567]', '["12345678901234567","-12345678901234567"]'],
    ['{"ts":1768605121609}', '{"ts":1768605121609}'], // 13 digits: exact as a number, left alone
    ['{"x":1234567890123456.5,"y":1234567890123456e2}', '{"x":1234567890123456.5,"y":1234567890123456e2}'], // not integers
    ['{"s":"id 14274076944901657 in text"}', '{"s":"id 14274076944901657 in text"}'], // inside a string: untouched
    ['{"s":"a \\"quoted\\" 14274076944901657","id":14274076944901657}', '{"s":"a \\"quoted\\" 14274076944901657","id":"14274076944901657"}'],
    ['{"s":"ends with backslash \\\\","id":14274076944901657}', '{"s":"ends with backslash \\\\","id":"14274076944901657"}'],
    ['{"14274076944901657":14274076944901657}', '{"14274076944901657":"14274076944901657"}'], // a key is a string
  ])("%s", (input, expected) => {
    expect(quoteLargeIntegers(input)).toBe(expected);
    expect(() => JSON.parse(quoteLargeIntegers(input))).not.toThrow();
  });

  it("keeps ids beyond 2^53 digit for digit", () => {
    const parsed: unknown = JSON.parse(quoteLargeIntegers('{"a":9007199254740993,"b":[99999999999999999]}'));
    expect(parsed).toEqual({ a: "9007199254740993", b: ["99999999999999999"] });
  });
});

describe("parseMtopResponse", () => {
  const envelope = (extra: Record<string, unknown> = {}) => JSON.stringify({ api: API, v: "1.0", ret: ["SUCCESS::调用成功"], data: { data: {} }, ...extra });

  it("unwraps a good envelope", () => {
    expect(parseMtopResponse(envelope())).toEqual({ ok: true, api: API, ret: ["SUCCESS::调用成功"], data: { data: {} }, loginExpired: false });
  });

  it("unwraps a JSONP answer", () => {
    const result = parseMtopResponse(`mtopjsonp3(${envelope()})`);
    expect(result.ok && result.api).toBe(API);
  });

  it("keeps a bare 17-digit id exact", () => {
    const result = parseMtopResponse(`{"api":"${API}","ret":["SUCCESS::ok"],"data":{"reverseOrderLineId":14274076944901657}}`);
    expect(result.ok && result.data).toEqual({ reverseOrderLineId: "14274076944901657" });
  });

  it.each([
    ["FAIL_SYS_TOKEN_EXOIRED::令牌过期"],
    ["FAIL_SYS_SESSION_EXPIRED::Session过期"],
    ["令牌过期"],
  ])("ret %s says the login expired", (entry) => {
    const result = parseMtopResponse(envelope({ ret: [entry], data: {} }));
    expect(result).toMatchObject({ ok: true, loginExpired: true });
  });

  it("does not call other failures an expired login", () => {
    expect(isLoginExpiredRet(["FAIL_SYS_ILLEGAL_ACCESS::非法请求"])).toBe(false);
    expect(isLoginExpiredRet(["SUCCESS::调用成功"])).toBe(false);
  });

  it.each([
    ["not JSON", "<html>login</html>", /not JSON/],
    ["truncated JSON", envelope().slice(0, 40), /not JSON/],
    ["an array", "[1,2]", /not a JSON object/],
    ["null", "null", /not a JSON object/],
    ["no api", JSON.stringify({ ret: ["SUCCESS"], data: {} }), /no api/],
    ["an empty api", JSON.stringify({ api: " ", ret: ["SUCCESS"] }), /no api/],
    ["api not a string", JSON.stringify({ api: 5, ret: ["SUCCESS"] }), /no api/],
    ["no ret", JSON.stringify({ api: API, data: {} }), /no ret/],
    ["ret not a list", JSON.stringify({ api: API, ret: "SUCCESS" }), /no ret/],
    ["ret with a non-text", JSON.stringify({ api: API, ret: ["SUCCESS", {}] }), /no ret/],
    ["empty body", "", /not JSON/],
    ["deep nesting", "[".repeat(200_000), /not JSON/],
  ])("refuses %s", (_name, raw, error) => {
    const result = parseMtopResponse(raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });

  it("refuses a body over the size cap, counted in UTF-8 bytes", () => {
    const padding = "x".repeat(2000);
    expect(parseMtopResponse(envelope({ padding }), { maxBytes: 1000 })).toMatchObject({ ok: false, error: expect.stringMatching(/larger than 1000 bytes/) });
    // 400 Chinese characters are 1200 bytes: over a 1000-byte cap although only 400 UTF-16 units.
    const wide = envelope({ note: "纠".repeat(400) });
    expect(wide.length).toBeLessThan(1000);
    expect(parseMtopResponse(wide, { maxBytes: 1000 }).ok).toBe(false);
    expect(parseMtopResponse(wide, { maxBytes: 2000 }).ok).toBe(true);
  });

  it("refuses more than 5 MB by default", () => {
    const big = envelope({ padding: "x".repeat(5 * 1024 * 1024) });
    expect(parseMtopResponse(big)).toMatchObject({ ok: false });
  });
});
