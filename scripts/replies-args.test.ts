import { parseRepliesArgs, parseReplyValues } from "./replies-args";

describe("parseRepliesArgs", () => {
  it("reads reason, status, a language with a region, and values", () => {
    const r = parseRepliesArgs(["--reason", "damaged", "--status", "awaiting-seller", "--lang", "pt-BR", "--values", '{"buyer":"Maria","daysLeft":3,"orderId":null}']);
    expect(r).toEqual({ ok: true, args: { reason: "damaged", status: "awaiting-seller", language: "pt", values: { buyer: "Maria", daysLeft: 3 }, notReceivedCase: null } });
  });

  it("takes the options in any order, values optional", () => {
    const r = parseRepliesArgs(["--lang", "zh", "--status", "unknown", "--reason", "other"]);
    expect(r).toEqual({ ok: true, args: { reason: "other", status: "unknown", language: "zh", values: {}, notReceivedCase: null } });
  });

  it("reads a not-received sub-case", () => {
    const r = parseRepliesArgs(["--reason", "not-received", "--status", "awaiting-seller", "--lang", "en", "--case", "customs"]);
    expect(r.ok && r.args.notReceivedCase).toBe("customs");
  });

  it.each([
    [[], "missing --reason"],
    [["--reason", "damaged", "--lang", "en"], "missing --status"],
    [["--reason", "damaged", "--status", "closed"], "missing --lang"],
    [["--reason", "broken", "--status", "closed", "--lang", "en"], 'unknown reason "broken"'],
    [["--reason", "damaged", "--status", "open", "--lang", "en"], 'unknown status "open"'],
    [["--reason", "damaged", "--status", "closed", "--lang", "it"], 'unknown language "it"'],
    [["--reason", "damaged", "--status", "closed", "--lang", "en", "--values", "{buyer: 1"], "not valid JSON"],
    [["--reason", "damaged", "--status", "closed", "--lang", "en", "--values", "[1]"], "must be a JSON object"],
    [["--reason", "damaged", "--status", "closed", "--lang", "en", "--values", '{"tracking":"LP1"}'], 'unknown key "tracking"'],
    [["--reason", "damaged", "--status", "closed", "--lang", "en", "--frob", "x"], "unknown option --frob"],
    [["--reason", "damaged", "--status", "closed", "--lang", "en", "extra"], "unexpected argument extra"],
    [["--reason", "--status", "closed", "--lang", "en"], "--reason needs a value"],
    [["--reason", "damaged", "--status", "closed", "--lang"], "--lang needs a value"],
    [["--reason", "damaged", "--reason", "quality", "--status", "closed", "--lang", "en"], "--reason given twice"],
    [["--reason", "not-received", "--status", "closed", "--lang", "en", "--case", "lost"], 'unknown case "lost"'],
  ])("refuses %j", (argv, message) => {
    const r = parseRepliesArgs(argv);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(message);
    expect(!r.ok && r.error).not.toContain("\n");
  });
});

describe("parseReplyValues", () => {
  it("accepts the contract's example", () => {
    const json = '{"buyer": "Maria", "orderId": "8123456789012345", "carrier": "Cainiao", "trackingNumber": "LP1", "daysLeft": 3, "refund": "US $12.50"}';
    expect(parseReplyValues(json)).toEqual({
      ok: true,
      values: { buyer: "Maria", orderId: "8123456789012345", carrier: "Cainiao", trackingNumber: "LP1", daysLeft: 3, refund: "US $12.50" },
    });
  });
  it("accepts the product and the shipping date", () => {
    expect(parseReplyValues('{"product": "Mug", "shippedAt": "2025-03-20"}')).toEqual({ ok: true, values: { product: "Mug", shippedAt: "2025-03-20" } });
    expect(parseReplyValues('{"shippedAt": "2025-03-20T02:00:00Z"}')).toEqual({ ok: true, values: { shippedAt: "2025-03-20T02:00:00Z" } });
  });
  it("accepts a refund as Money", () => {
    expect(parseReplyValues('{"refund": {"amount": 12.5, "currency": "USD"}}')).toEqual({ ok: true, values: { refund: { amount: 12.5, currency: "USD" } } });
  });
  it.each([
    ['{"orderId": 8123456789012345}', "orderId must be a string"],
    ['{"daysLeft": "3"}', "daysLeft must be a number"],
    ['{"daysLeft": -1}', "daysLeft must be a number"],
    ['{"refund": 12.5}', "refund must be"],
    ['{"refund": {"amount": 12.5, "currency": "dollars"}}', "refund must be"],
    ['{"buyer": ["Maria"]}', "buyer must be a string"],
    ["null", "must be a JSON object"],
    ['{"shippedAt": "last Tuesday"}', "shippedAt must be an ISO-8601 date"],
    ['{"shippedAt": "2025-02-30"}', "shippedAt must be an ISO-8601 date"],
    ['{"product": 42}', "product must be a string"],
  ])("refuses %s", (json, message) => {
    const r = parseReplyValues(json);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(message);
  });
});
