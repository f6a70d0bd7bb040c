import { JSDOM } from "jsdom";
import { conceptOfLabel, matchLabels, readLabelValues, type LabelValue } from "./label-values";

function read(html: string): LabelValue[] {
  return readLabelValues(new JSDOM(`<body>${html}</body>`).window.document.body);
}

function valuesOf(pairs: readonly LabelValue[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const pair of pairs) (out[pair.concept] ??= []).push(pair.value);
  return out;
}

describe("conceptOfLabel / matchLabels", () => {
  it("matches exactly after normalising case, width, spaces and a trailing colon", () => {
    expect(conceptOfLabel("Order number:")).toBe("orderId");
    expect(conceptOfLabel(" ORDER  NUMBER ")).toBe("orderId");
    expect(conceptOfLabel("订单号：")).toBe("orderId");
    expect(conceptOfLabel("Ｏｒｄｅｒ ｎｕｍｂｅｒ")).toBe("orderId");
    expect(conceptOfLabel("Order No")).toBe("orderId");
  });

  it("never matches a longer label by its prefix", () => {
    expect(conceptOfLabel("买家")).toBe("buyer");
    expect(conceptOfLabel("买家方案")).toBe("buyerSolution");
    expect(conceptOfLabel("Status")).toBe("status");
    expect(conceptOfLabel("Order status")).toBe("orderStatus");
    expect(conceptOfLabel("Buyer opened the dispute")).toBeNull();
  });

  it("reads every inline label: value in one text, longest label first", () => {
    const found = matchLabels("纠纷原因：货物破损 · 买家方案：US $10 · 买家: Lucas M. · Order status: Shipped");
    expect(found.map((m) => [m.concept, m.rest])).toEqual([
      ["reason", "货物破损"],
      ["buyerSolution", "US $10"],
      ["buyer", "Lucas M."],
      ["orderStatus", "Shipped"],
    ]);
  });

  it("an inline label needs a colon and must open the text", () => {
    expect(matchLabels("Buyer opened the dispute")).toEqual([]);
    expect(matchLabels("Please respond by 22 Nov 2026 08:00:00.")).toEqual([]);
    expect(matchLabels("The buyer said: Order number: 123")).toEqual([]);
  });
});

describe("readLabelValues", () => {
  it("reads description lists", () => {
    const pairs = read("<dl><dt>售后单号</dt><dd>6357659057690538</dd><dt>订单编号</dt><dd>8214940542501384</dd><dt>买家</dt><dd><div>Lucas M.</div></dd></dl>");
    expect(valuesOf(pairs)).toEqual({ disputeId: ["6357659057690538"], orderId: ["8214940542501384"], buyer: ["Lucas M."] });
  });

  it("reads th/td rows", () => {
    const pairs = read("<table><tr><th>Order number</th><td>8249843050895520</td></tr><tr><th>Status</th><td>Closed</td></tr></table>");
    expect(valuesOf(pairs)).toEqual({ orderId: ["8249843050895520"], status: ["Closed"] });
  });

  it("reads cards of label and value spans, values wrapped in several spans, labels wrapped too", () => {
    const pairs = read(
      '<div class="grid"><div class="item"><span class="x"><b>Requested refund:</b></span><span><span><span>US $104.54</span></span></span></div>' +
        '<div class="item"><span>Buyer</span><span><div>Ahmed K.</div></span></div></div>',
    );
    expect(valuesOf(pairs)).toEqual({ refund: ["US $104.54"], buyer: ["Ahmed K."] });
  });

  it("drops copy links beside ids, inline and in their own element", () => {
    const pairs = read('<div>订单号：8183974713700486 <a href="javascript:void(0)">复制</a></div><div><span>Dispute No.:</span><span>6379683879980528 <a>Copy</a></span></div>');
    expect(valuesOf(pairs)).toEqual({ orderId: ["8183974713700486"], disputeId: ["6379683879980528"] });
  });

  it("keeps 买家 and 买家方案 apart, and Status and Order status", () => {
    const pairs = read(
      "<dl><dt>买家方案</dt><dd>退款 US $50.00</dd><dt>买家</dt><dd>Lucas M.</dd><dt>Order status</dt><dd>Awaiting buyer receipt</dd><dt>Status</dt><dd>Awaiting your response</dd></dl>",
    );
    expect(valuesOf(pairs)).toEqual({
      buyerSolution: ["退款 US $50.00"],
      buyer: ["Lucas M."],
      orderStatus: ["Awaiting buyer receipt"],
      status: ["Awaiting your response"],
    });
  });

  it("ignores hidden duplicates: display:none, hidden, aria-hidden", () => {
    const pairs = read(
      '<div><span>Status</span><span>Closed</span></div>' +
        '<div style="display: none"><span>Status</span><span>Awaiting your response</span></div>' +
        '<div hidden><span>Status</span><span>Negotiating</span></div>' +
        '<div><span>剩余时间</span><span>2天<span aria-hidden="true">5天</span></span></div>',
    );
    expect(valuesOf(pairs)).toEqual({ status: ["Closed"], deadline: ["2天"] });
  });

  it("reads a countdown whose digits sit in their own elements as one text", () => {
    const pairs = read("<div><span>剩余时间</span><div><span>4</span>天<span>23</span>时<span>15</span>分</div></div><div><span>Time left</span><div><em>01</em>:<em>42</em>:<em>16</em></div></div>");
    expect(valuesOf(pairs)).toEqual({ deadline: ["4天23时15分", "01:42:16"] });
  });

  it("reads the value in the next text node, and stacked inline labels of one cell", () => {
    const pairs = read("<td><b>Order number:</b> 8183974713700486<br>纠纷原因：货物破损<br>纠纷时间：2025-03-24 10:00:00</td>");
    expect(valuesOf(pairs)).toEqual({ orderId: ["8183974713700486"], reason: ["货物破损"], opened: ["2025-03-24 10:00:00"] });
  });

  it("a status value that is a label word stays the value", () => {
    const pairs = read("<div><span>Order status:</span><span>Shipped</span></div><div><span>Shipped</span><span>2026-11-02 10:30</span></div>");
    expect(valuesOf(pairs)).toEqual({ orderStatus: ["Shipped"], shipped: ["2026-11-02 10:30"] });
  });

  it("navigation links and buttons are no labels", () => {
    const pairs = read('<aside><a href="#">商品</a><a href="#">订单</a></aside><div><span>商品</span><span>USB-C Fast Charger 65W</span></div>');
    expect(valuesOf(pairs)).toEqual({ product: ["USB-C Fast Charger 65W"] });
  });

  it("keeps the shown text (full-width punctuation) of a value", () => {
    const pairs = read("<div>售后状态：买家发货，等待卖家收货</div>");
    expect(valuesOf(pairs)).toEqual({ status: ["买家发货，等待卖家收货"] });
  });
});
