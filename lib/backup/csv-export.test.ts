// Issue 10 "Proof": the spreadsheet opens with the right columns (UTF-8 with its byte-order mark, one row per
// dispute), formula-like values are made inert, quotes, commas and line breaks are quoted per RFC 4180, ids stay
// text, and the deadline is the popup's own (page, rule estimate, or unknown with why).
import { DEFAULT_SETTINGS, emptyOrderRecord, type DisputeRecord } from "../model";
import { CSV_BOM, buildDisputeSpreadsheet, csvCell, csvIdCell, spreadsheetFileName } from "./csv-export";

const NOW = new Date("2026-11-20T04:00:00.000Z");

function record(id: string, extra: Partial<DisputeRecord> = {}): DisputeRecord {
  return {
    disputeId: id, channelId: "2285755", shownDisputeId: null, orderId: "8183974713700486", status: "awaiting-seller", statusText: "等待您处理",
    reason: "damaged", reasonText: "货物破损", buyer: "M***a", buyerCountry: "ES", productTitle: "Screwdriver set", refundRequested: { amount: 12.5, currency: "USD" },
    orderAmount: null, openedAt: "2026-11-18T10:00:00.000Z", updatedAt: null, buyerChangedAt: null, statusSince: null,
    pageDeadline: { at: "2026-11-23T10:00:00.000Z", text: "2天", readAt: "2026-11-20T03:00:00.000Z", status: "awaiting-seller" },
    trackingNumber: null, carrier: null, url: null, firstSeenAt: "2026-11-18T10:00:00.000Z", lastSeenAt: "2026-11-20T03:00:00.000Z", notSeenSince: null,
    checklist: {}, handled: false, note: "", buyerLanguage: null, snoozedUntil: null, ...extra,
  };
}

/** An RFC 4180 reader, as a spreadsheet reads the file: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

const context = { now: NOW, settings: DEFAULT_SETTINGS, lang: "en" as const, browserZone: "Asia/Shanghai" };

describe("buildDisputeSpreadsheet", () => {
  it("starts with the UTF-8 byte-order mark, ends lines with CRLF and has the issue's columns, one row per dispute", () => {
    const csv = buildDisputeSpreadsheet([record("6351074783626585"), record("6319677041676999", { openedAt: "2026-11-19T10:00:00.000Z" })], [], context);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([
      "Store", "Dispute ID", "Order ID", "Product", "Buyer", "Country", "Reason", "Status", "Refund", "Currency",
      "Opened (Asia/Shanghai)", "Deadline (Asia/Shanghai)", "Deadline source", "Handled", "Note",
    ]);
    expect(rows).toHaveLength(3);
    // Newest first.
    expect(rows[1]?.[1]).toBe("\t6319677041676999");
    expect(rows[2]).toEqual([
      "\t2285755", "\t6351074783626585", "\t8183974713700486", "Screwdriver set", "M***a", "ES", "Damaged", "Awaiting your response", "12.5", "USD",
      "2026-11-18 18:00", "2026-11-23 18:00", "shown by the page", "no", "",
    ]);
    expect(rows.every((row) => row.length === 15)).toBe(true);
  });

  it("speaks Chinese: headers, reasons, statuses, yes/no", () => {
    const csv = buildDisputeSpreadsheet([record("6351074783626585", { handled: true })], [], { ...context, lang: "zh" });
    const [header, row] = parseCsv(csv.slice(1));
    expect(header).toEqual([
      "店铺", "纠纷号", "订单号", "商品", "买家", "国家", "原因", "状态", "退款金额", "币种", "发起时间（Asia/Shanghai）", "截止时间（Asia/Shanghai）", "截止时间来源", "已处理", "备注",
    ]);
    expect(row?.slice(6, 8)).toEqual(["货物破损", "等待您处理"]);
    expect(row?.[12]).toBe("页面显示");
    expect(row?.[13]).toBe("是");
  });

  it.each([
    ["=HYPERLINK(\"http://evil\",\"x\")", "'=HYPERLINK(\"http://evil\",\"x\")"],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["  =1+1", "'  =1+1"],
    ["\t=1+1", "'\t=1+1"],
    ["plain = text", "plain = text"],
  ])("makes a buyer's %j inert: %j", (buyer, expected) => {
    const csv = buildDisputeSpreadsheet([record("6351074783626585", { buyer, note: buyer, productTitle: buyer })], [], context);
    const [, row] = parseCsv(csv.slice(1));
    expect(row?.[3]).toBe(expected);
    expect(row?.[4]).toBe(expected);
    expect(row?.[14]).toBe(expected);
  });

  it("quotes commas, quotes and line breaks (RFC 4180), keeping the text whole", () => {
    const note = 'Buyer said "broken",\nsent photos\r\nagain';
    const csv = buildDisputeSpreadsheet([record("6351074783626585", { note, productTitle: "手机壳, 黑色" })], [], context);
    expect(csv).toContain('"Buyer said ""broken"",\nsent photos\r\nagain"');
    const [, row] = parseCsv(csv.slice(1));
    expect(row?.[3]).toBe("手机壳, 黑色");
    expect(row?.[14]).toBe(note);
  });

  it("writes the rule estimate, unknown with why, and no clock for a closed dispute", () => {
    const estimated = record("6300000000000001", { pageDeadline: null, buyerChangedAt: "2026-11-19T04:00:00.000Z" });
    const unknown = record("6300000000000002", { pageDeadline: null, openedAt: "2026-11-01T00:00:00.000Z", statusSince: null });
    const closed = record("6300000000000003", { status: "closed", statusText: "已结束", pageDeadline: null, openedAt: "2026-11-02T00:00:00.000Z" });
    const rows = parseCsv(buildDisputeSpreadsheet([estimated, unknown, closed], [], context).slice(1));
    const byId = (id: string) => rows.find((row) => row[1] === `\t${id}`);
    // R-RESPOND: 5 days (120 h) after the buyer's change.
    expect(byId("6300000000000001")?.slice(11, 13)).toEqual(["2026-11-24 12:00", "estimated (Respond to the dispute, R-RESPOND)"]);
    expect(byId("6300000000000002")?.[11]).toBe("unknown");
    expect(byId("6300000000000002")?.[12]).not.toBe("");
    expect(byId("6300000000000003")?.slice(11, 13)).toEqual(["", "none (no running clock)"]);
  });

  it("takes the buyer and country from the order when the dispute lacks them", () => {
    const order = { ...emptyOrderRecord("8183974713700486", NOW.toISOString()), buyer: "Jo***n", buyerCountry: "BR" };
    const [, row] = parseCsv(buildDisputeSpreadsheet([record("6351074783626585", { buyer: null, buyerCountry: null })], [order], context).slice(1));
    expect(row?.slice(4, 6)).toEqual(["Jo***n", "BR"]);
  });

  it("an empty store gives the header alone", () => {
    expect(parseCsv(buildDisputeSpreadsheet([], [], context).slice(1))).toHaveLength(1);
  });
});

describe("cells", () => {
  it("an id of digits is kept as text with a leading tab; anything else is an ordinary, escaped cell", () => {
    expect(csvIdCell("8183974713700486")).toBe("\t8183974713700486");
    expect(csvIdCell(null)).toBe("");
    expect(csvIdCell("=1+1")).toBe("'=1+1");
    expect(csvIdCell("A-1,2")).toBe('"A-1,2"');
  });

  it("plain text is left as it is", () => {
    expect(csvCell("Screwdriver set")).toBe("Screwdriver set");
    expect(csvCell("")).toBe("");
  });

  it("names the file by the day", () => {
    expect(spreadsheetFileName(NOW)).toBe("dispute-sentinel-disputes-2026-11-20.csv");
  });
});
