import { findKey, findRecordWith, readCount, readEpochMs, readId, readMoney, readText, readTime, walkJson } from "./json-fields";

describe("json field readers", () => {
  it("readId keeps digit strings and safe numbers, drops the rest", () => {
    expect(readId("14274076944901657")).toEqual({ id: "14274076944901657", problem: null });
    expect(readId(" 6375657552402844 ")).toEqual({ id: "6375657552402844", problem: null });
    expect(readId(6375657552402844)).toEqual({ id: "6375657552402844", problem: null });
    expect(readId(2 ** 53 + 2).id).toBeNull();
    expect(readId(2 ** 53 + 2).problem).toMatch(/2\^53/);
    expect(readId(-5).id).toBeNull();
    expect(readId(1.5).id).toBeNull();
    expect(readId("12a").id).toBeNull();
    expect(readId(undefined)).toEqual({ id: null, problem: null });
    expect(readId(null)).toEqual({ id: null, problem: null });
    expect(readId(true).problem).toMatch(/boolean/);
  });

  it("readText trims and refuses non-text", () => {
    expect(readText("  a b ")).toBe("a b");
    expect(readText("   ")).toBeNull();
    expect(readText(5)).toBeNull();
  });

  it("readEpochMs accepts plausible epoch ms only", () => {
    expect(readEpochMs(1768605121609)).toBe("2026-01-16T23:12:01.609Z");
    expect(readEpochMs("1768605121609")).toBe("2026-01-16T23:12:01.609Z");
    expect(readEpochMs(1768605121)).toBeNull(); // seconds, not ms
    expect(readEpochMs(1768605121609.5)).toBeNull();
    expect(readEpochMs(Number.NaN)).toBeNull();
    expect(readEpochMs("2026-01-16")).toBeNull();
  });

  it("readTime reads Pacific text or epoch ms", () => {
    expect(readTime("2026-01-16 15:12:01", "America/Los_Angeles")).toEqual({ iso: "2026-01-16T23:12:01.000Z", ambiguous: false });
    expect(readTime(1768605121609, "America/Los_Angeles")?.iso).toBe("2026-01-16T23:12:01.609Z");
    expect(readTime({}, "America/Los_Angeles")).toBeNull();
  });

  it("readCount accepts non-negative integers", () => {
    expect(readCount(2)).toBe(2);
    expect(readCount("3")).toBe(3);
    expect(readCount(-1)).toBeNull();
    expect(readCount(1.5)).toBeNull();
  });

  it("readMoney uses cents, the currency's minor unit and a count, else the shown text", () => {
    expect(readMoney({ cent: 23587, currency: "CNY", formatMoney: "CN￥ 235.87" })).toEqual({ amount: 235.87, currency: "CNY" });
    expect(readMoney({ cent: 19246, currency: "CNY" }, 2)).toEqual({ amount: 384.92, currency: "CNY" });
    expect(readMoney({ cent: 12000, currency: "KRW" })).toEqual({ amount: 12000, currency: "KRW" });
    expect(readMoney({ formatMoney: "US $12.50" }, 3)).toEqual({ amount: 37.5, currency: "USD" });
    expect(readMoney({ cent: 100, currency: "dollars" })).toBeNull();
    expect(readMoney("US $12.50")).toBeNull();
  });

  it("findKey and findRecordWith take the shallowest match and stop at bounds", () => {
    const data = { a: { x: { deep: { key: "deep" } } }, b: [{ key: "shallow" }] };
    expect(findKey(data, "key")).toBe("shallow");
    expect(findKey(data, "missing")).toBeUndefined();
    expect(findRecordWith(data, ["key"])).toEqual({ key: "shallow" });
    let nested: unknown = { key: "bottom" };
    for (let i = 0; i < 20; i += 1) nested = { next: nested };
    expect(findKey(nested, "key")).toBeUndefined(); // beyond the depth bound
  });

  it("walkJson visits at most maxNodes values", () => {
    let visits = 0;
    walkJson(Array.from({ length: 1000 }, (_, i) => i), () => {
      visits += 1;
      return false;
    }, 8, 100);
    expect(visits).toBe(100);
  });
});
