import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatInZone } from "../../time/zoned";
import { readDisputeListJson } from "./dispute-list-json";
import { parseMtopResponse } from "./mtop-envelope";

const LA = "America/Los_Angeles";
// 20 real lines (fixtures/README.md); the envelope around them was not kept, so the tests add one.
const LINES_TEXT = readFileSync(fileURLToPath(new URL("./__fixtures__/querySellerReverseOrderList.lines.json", import.meta.url)), "utf8");

interface RawLine {
  reverseOrderLineId: string;
  reverseOrderId: string;
  tradeOrderId: string;
  reverseStatus: string;
  gmtCreate: string;
  gmtCreateTimestamp: number;
  gmtModified: string;
}
const RAW_LINES = (JSON.parse(LINES_TEXT) as Array<{ sellerReverseOrderLines: RawLine[] }>).flatMap((group) => group.sellerReverseOrderLines);

function envelopeText(linesText: string): string {
  return `{"api":"mtop.aliexpress.seller.reverse.querySellerReverseOrderList","v":"1.0","ret":["SUCCESS::调用成功"],"data":{"data":{"pageInfo":{"total":20},"someUnknownKey":${linesText}}}}`;
}

function readEnvelope(raw: string, zone = LA) {
  const envelope = parseMtopResponse(raw);
  if (!envelope.ok) throw new Error(envelope.error);
  return readDisputeListJson(envelope.data, zone);
}

describe("readDisputeListJson on the real lines", () => {
  const reading = readEnvelope(envelopeText(LINES_TEXT));

  it("reads all 20 lines without a warning, with the total", () => {
    expect(RAW_LINES).toHaveLength(20);
    expect(reading.disputes).toHaveLength(20);
    expect(reading.total).toBe(20);
    expect(reading.warnings).toEqual([]);
  });

  it("keeps every id as the exact string of the raw text", () => {
    expect(reading.disputes.map((d) => d.disputeId)).toEqual(RAW_LINES.map((line) => line.reverseOrderLineId));
    expect(reading.disputes.map((d) => d.shownDisputeId)).toEqual(RAW_LINES.map((line) => line.reverseOrderId));
    expect(reading.disputes.map((d) => d.orderId)).toEqual(RAW_LINES.map((line) => line.tradeOrderId));
    expect(reading.disputes.map((d) => d.disputeId)).toContain("14274076944901657");
    for (const dispute of reading.disputes) expect(dispute.disputeId).toMatch(/^\d{16,17}$/);
  });

  it("takes openedAt from gmtCreateTimestamp, which matches the Pacific gmtCreate (−7 h summer, −8 h winter)", () => {
    reading.disputes.forEach((dispute, index) => {
      const line = RAW_LINES[index];
      if (!line) throw new Error("line missing");
      expect(dispute.openedAt).toBe(new Date(line.gmtCreateTimestamp).toISOString());
      expect(formatInZone(dispute.openedAt ?? "", LA, "yyyy-MM-dd HH:mm:ss")).toBe(line.gmtCreate);
      const shownAsUtcMs = Date.parse(`${line.gmtCreate.replace(" ", "T")}Z`);
      const offsetHours = (shownAsUtcMs - Math.floor(line.gmtCreateTimestamp / 1000) * 1000) / 3_600_000;
      const month = Number(line.gmtCreate.slice(5, 7));
      const summer = month > 3 && month < 11; // every line falls clear of the switch days
      expect(offsetHours).toBe(summer ? -7 : -8);
    });
  });

  it("reads updatedAt from the Pacific gmtModified text", () => {
    expect(reading.disputes[0]?.updatedAt).toBe("2026-01-16T23:12:27.000Z"); // 2026-01-16 15:12:27 PST
    expect(reading.disputes[16]?.updatedAt).toBe("2025-08-28T00:05:54.000Z"); // 2025-08-27 17:05:54 PDT
  });

  it("maps the status texts", () => {
    const statusOf = (id: string) => reading.disputes.find((d) => d.disputeId === id);
    expect(statusOf("6375657552402844")).toMatchObject({ status: "awaiting-buyer-return", statusText: "等待买家退货" });
    expect(statusOf("6375830646018650")).toMatchObject({ status: "platform-review", statusText: "平台介入处理中" });
    expect(statusOf("6376033293562740")).toMatchObject({ status: "closed", statusText: "已结束" });
    expect(reading.disputes.filter((d) => d.status === "closed")).toHaveLength(17);
  });

  it("reads the product, the order amount (unit price × count) and leaves the deadline to the page", () => {
    expect(reading.disputes[0]).toMatchObject({
      productTitle: expect.stringMatching(/^180 in 1 Precision Multifunctional Screwdriver Set/),
      orderAmount: { amount: 235.87, currency: "CNY" },
      buyer: null,
      deadline: null,
      deadlineText: null,
      reason: "unknown",
      refundRequested: null,
    });
    const twoItems = reading.disputes.find((d) => d.disputeId === "6368830860044315");
    expect(twoItems?.orderAmount).toEqual({ amount: 384.92, currency: "CNY" }); // 2 × CN￥ 192.46
  });

  it("gives the same instants whatever zone the machine runs in", () => {
    expect(readEnvelope(envelopeText(LINES_TEXT)).disputes.map((d) => d.openedAt)).toEqual(reading.disputes.map((d) => d.openedAt));
  });

  it("keeps an id given as an unquoted 17-digit number exact", () => {
    const bare = LINES_TEXT.replace('"reverseOrderLineId": "14274076944901657"', '"reverseOrderLineId": 14274076944901657');
    expect(bare).not.toBe(LINES_TEXT);
    const ids = readEnvelope(envelopeText(bare)).disputes.map((d) => d.disputeId);
    expect(ids).toContain("14274076944901657");
    expect(ids).not.toContain("14274076944901656");
  });
});

describe("readDisputeListJson on hand-made and malformed data", () => {
  const goodLine = {
    reverseOrderLineId: "6375657552402844",
    reverseOrderId: "6375657552302844",
    tradeOrderId: "8208460785972844",
    reverseStatus: "等待买家退货",
    gmtCreate: "2026-01-16 15:12:01",
    gmtCreateTimestamp: 1768605121609,
    gmtModified: "2026-01-16 15:12:27",
    buyer: { fullName: "M. Buyer", country: "US" },
    aeItemDTO: { itemTitle: "Screwdriver set", itemCount: 3, itemUnitPrice: { cent: 1250, currency: "USD", formatMoney: "US $12.50" } },
  };
  const wrap = (lines: unknown[], extra: Record<string, unknown> = {}) => ({ data: { pageInfo: { total: lines.length }, list: [{ sellerReverseOrderLines: lines }], ...extra } });

  it("reads a full line, buyer included", () => {
    const reading = readDisputeListJson(wrap([goodLine]), LA);
    expect(reading.warnings).toEqual([]);
    expect(reading.disputes[0]).toMatchObject({ buyer: "M. Buyer", buyerCountry: "US", orderAmount: { amount: 37.5, currency: "USD" }, openedAt: "2026-01-16T23:12:01.609Z" });
  });

  it("finds the list by shape under any key and any depth", () => {
    const reading = readDisputeListJson({ data: { pageInfo: { total: 1 }, result: { page: { rows: [{ sellerReverseOrderLines: [goodLine] }] } } } }, LA);
    expect(reading.disputes.map((d) => d.disputeId)).toEqual(["6375657552402844"]);
  });

  it.each([
    ["a line that is not an object", "a string"],
    ["a line without an id", { ...goodLine, reverseOrderLineId: undefined }],
    ["an id that is not digits", { ...goodLine, reverseOrderLineId: "63756575524028x4" }],
    ["an id that is an object", { ...goodLine, reverseOrderLineId: { id: 1 } }],
    ["a numeric id beyond 2^53", { ...goodLine, reverseOrderLineId: 6375657552402844 * 3 }],
  ])("skips %s with a warning and keeps the rest", (_name, badLine) => {
    const reading = readDisputeListJson(wrap([badLine, { ...goodLine, reverseOrderLineId: "6375830646018650" }]), LA);
    expect(reading.disputes.map((d) => d.disputeId)).toEqual(["6375830646018650"]);
    expect(reading.warnings).toHaveLength(1);
  });

  it("accepts a numeric id below 2^53 as its digits", () => {
    const reading = readDisputeListJson(wrap([{ ...goodLine, reverseOrderLineId: 6375657552402844 }]), LA);
    expect(reading.disputes[0]?.disputeId).toBe("6375657552402844");
  });

  it("empties fields of the wrong type with a warning instead of throwing", () => {
    const reading = readDisputeListJson(
      wrap([{ ...goodLine, reverseStatus: 7, gmtCreateTimestamp: "yesterday", gmtCreate: ["x"], gmtModified: "2026-02-30 10:00:00", aeItemDTO: { itemTitle: 5, itemCount: -1, itemUnitPrice: { cent: "x" } }, buyer: { fullName: {} } }]),
      LA,
    );
    expect(reading.disputes[0]).toMatchObject({ status: "unknown", statusText: null, openedAt: null, updatedAt: null, productTitle: null, orderAmount: null, buyer: null });
    expect(reading.warnings.length).toBeGreaterThanOrEqual(6);
  });

  it("warns when gmtCreate and gmtCreateTimestamp disagree, and keeps the timestamp", () => {
    const reading = readDisputeListJson(wrap([{ ...goodLine, gmtCreate: "2026-01-16 16:12:01" }]), LA);
    expect(reading.disputes[0]?.openedAt).toBe("2026-01-16T23:12:01.609Z");
    expect(reading.warnings).toEqual([expect.stringMatching(/disagrees/)]);
    // read in the wrong zone, the real line disagrees too
    expect(readDisputeListJson(wrap([goodLine]), "Asia/Shanghai").warnings).toEqual([expect.stringMatching(/disagrees/)]);
  });

  it("accepts the later instant of a repeated-hour gmtCreate", () => {
    // 2025-11-02 01:30:00 PST is 09:30Z; the text alone reads as the earlier 08:30Z.
    const line = { ...goodLine, gmtCreate: "2025-11-02 01:30:00", gmtCreateTimestamp: Date.parse("2025-11-02T09:30:00.000Z") };
    const reading = readDisputeListJson(wrap([line]), LA);
    expect(reading.warnings).toEqual([]);
    expect(reading.disputes[0]?.openedAt).toBe("2025-11-02T09:30:00.000Z");
  });

  it("falls back to gmtCreate when there is no timestamp", () => {
    const reading = readDisputeListJson(wrap([{ ...goodLine, gmtCreateTimestamp: undefined }]), LA);
    expect(reading.disputes[0]?.openedAt).toBe("2026-01-16T23:12:01.000Z");
  });

  it("reports a duplicate line once", () => {
    const reading = readDisputeListJson(wrap([goodLine, goodLine]), LA);
    expect(reading.disputes).toHaveLength(1);
    expect(reading.warnings).toEqual([expect.stringMatching(/twice/)]);
  });

  it.each([null, undefined, 5, "text", [], {}, { data: null }, { data: { pageInfo: { total: "many" } } }])("reads nothing from %j without throwing", (data) => {
    const reading = readDisputeListJson(data, LA);
    expect(reading.disputes).toEqual([]);
    expect(reading.total).toBeNull();
    expect(reading.warnings).toEqual([expect.stringMatching(/no list/)]);
  });

  it("reads an empty list with its total", () => {
    const reading = readDisputeListJson({ data: { pageInfo: { total: 0 }, list: [] } }, LA);
    expect(reading.total).toBe(0);
    expect(reading.disputes).toEqual([]);
  });
});
