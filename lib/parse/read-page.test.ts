import { JSDOM } from "jsdom";
import type { PageReading } from "../model";
import { readPage } from "./read-page";

const NOW = new Date("2026-11-20T18:30:00.000Z");
const ZONE = "America/Los_Angeles";
const DETAIL = "https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=6357659057690538&channelId=2285755";
const LIST = "https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=2285755";
const ORDERS = "https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=2285755";

function read(body: string, url: string, title = ""): PageReading {
  const dom = new JSDOM(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`, { url });
  return readPage(dom.window.document, url, NOW, ZONE);
}

describe("readPage on a dispute detail", () => {
  const page = `
    <div class="msg"><span>请在 <b>2</b>天<b>13</b>小时 内处理，超时后系统将按买家方案执行。</span></div>
    <div><span>纠纷号：</span><span>6357659057690999</span></div>
    <div><span>售后状态</span><span>等待您处理</span></div>
    <div><span>纠纷原因</span><span>货物破损</span></div>
    <div><span>买家</span><span>Lucas M.</span></div>
    <div><span>发起时间</span><span>2026-11-17 03:13:51</span></div>
    <section><h4>订单信息</h4><div><span>订单号</span><span>8214940542501384 <a>复制</a></span></div><div><span>订单状态</span><span>等待买家收货</span></div></section>
    <section><h4>协商方案</h4>
      <div><h5>卖家方案</h5><div><span>方案类型</span><span>部分退款</span></div><div><span>退款金额</span><span>US $20.00</span></div></div>
      <div><h5>买家方案</h5><div><span>方案类型</span><span>退货退款</span></div><div><span>退款金额</span><span>US $231.91</span></div></div>
    </section>
    <h3>纠纷历史</h3>
    <ul><li>2026-11-17 03:13:51 买家发起纠纷</li><li>2026-11-18 09:00:00 卖家拒绝并提供方案</li><li>2026-11-19 10:30:00 买家修改了纠纷方案</li></ul>
    <div style="display:none"><span>售后状态</span><span>已结束</span></div>`;

  it("reads the dispute: URL id as key, shown number apart, buyer's refund, banner countdown, not the order block's status", () => {
    const reading = read(page, DETAIL, "纠纷详情");
    expect(reading.kind).toBe("dispute-detail");
    expect(reading.pageState).toBe("ok");
    expect(reading.channelId).toBe("2285755");
    expect(reading.readAt).toBe(NOW.toISOString());
    expect(reading.disputes).toHaveLength(1);
    expect(reading.disputes[0]).toMatchObject({
      disputeId: "6357659057690538",
      shownDisputeId: "6357659057690999",
      orderId: "8214940542501384",
      status: "awaiting-seller",
      statusText: "等待您处理",
      reason: "damaged",
      buyer: "Lucas M.",
      refundRequested: { amount: 231.91, currency: "USD" },
      openedAt: "2026-11-17T11:13:51.000Z",
      // now + 2 days 13 hours
      deadline: "2026-11-23T07:30:00.000Z",
    });
  });

  it("reads the history entries with their actors", () => {
    const history = read(page, DETAIL).disputes[0]?.history;
    expect(history).toEqual([
      { at: "2026-11-17T11:13:51.000Z", actor: "buyer", text: "买家发起纠纷" },
      { at: "2026-11-18T17:00:00.000Z", actor: "seller", text: "卖家拒绝并提供方案" },
      { at: "2026-11-19T18:30:00.000Z", actor: "buyer", text: "买家修改了纠纷方案" },
    ]);
  });

  it("reads an English banner with a date, and warns about what is missing", () => {
    const reading = read(
      "<div>Please respond by Nov 24, 2026 09:00. If you do not respond, the refund will be processed automatically.</div><dl><dt>Status</dt><dd>Action required</dd></dl>",
      DETAIL,
    );
    expect(reading.disputes[0]?.deadline).toBe("2026-11-24T17:00:00.000Z");
    expect(reading.disputes[0]?.status).toBe("awaiting-seller");
    expect(reading.disputes[0]?.orderId).toBeNull();
    expect(reading.warnings.some((w) => w.includes("no order number"))).toBe(true);
  });

  it("reads a history drawn as a table, and a status badge without label but never the order's status", () => {
    const reading = read(
      "<h2>Dispute details</h2><span class='tag'>Awaiting your response</span>" +
        "<div>Order status: Closed</div><div><span>Order number</span><span>8214940542501384</span></div>" +
        "<h3>Dispute history</h3><table><tbody>" +
        "<tr><td>2026-11-17 03:13:51</td><td>Buyer opened the dispute</td></tr>" +
        "<tr><td>2026-11-19 10:30:00</td><td>AliExpress stepped in</td></tr></tbody></table>",
      DETAIL,
    );
    expect(reading.disputes[0]?.status).toBe("awaiting-seller");
    expect(reading.disputes[0]?.statusText).toBe("Awaiting your response");
    expect(reading.disputes[0]?.history?.map((h) => [h.at, h.actor, h.text])).toEqual([
      ["2026-11-17T11:13:51.000Z", "buyer", "Buyer opened the dispute"],
      ["2026-11-19T18:30:00.000Z", "platform", "AliExpress stepped in"],
    ]);
    const orderOnly = read("<div>Order status: Closed</div><div><span>Order number</span><span>8214940542501384</span></div>", DETAIL);
    expect(orderOnly.disputes[0]?.status).toBe("unknown");
    expect(orderOnly.disputes[0]?.statusText).toBeNull();
  });

  it("an empty detail page has not rendered yet", () => {
    const reading = read("<div id='root'></div>", DETAIL);
    expect(reading.pageState).toBe("loading");
    expect(reading.disputes).toEqual([]);
  });
});

describe("readPage on lists", () => {
  it("reads card lists keyed by their detail links", () => {
    const card = (id: string, order: string, status: string) =>
      `<li><div>订单号：${order}</div><div><span>状态</span><span>${status}</span></div><div>剩余时间：1天</div><a href="/m_apps/dispute-management/detail?reverseOrderLineId=${id}">查看详情</a></li>`;
    const reading = read(`<ul>${card("6351074783626585", "8183974713700486", "等待您处理")}${card("6351074783626586", "8183974713700487", "已结束")}</ul>`, LIST);
    expect(reading.pageState).toBe("ok");
    expect(reading.disputes.map((d) => [d.disputeId, d.orderId, d.status, d.deadline])).toEqual([
      ["6351074783626585", "8183974713700486", "awaiting-seller", "2026-11-21T18:30:00.000Z"],
      ["6351074783626586", "8183974713700487", "closed", "2026-11-21T18:30:00.000Z"],
    ]);
  });

  it("reads a card's deadline said in words, within its own card only", () => {
    const card = (id: string, words: string) =>
      `<div class="card"><div><span>Order number</span><span>818397471370048${id.slice(-1)}</span></div><div><span>Status</span><span>Action required</span></div><p>${words}</p><a href="/m_apps/dispute-management/detail?reverseOrderLineId=${id}">View</a></div>`;
    const reading = read(`${card("6351074783626585", "Respond within 4 days 23 hours")}${card("6351074783626586", "Waiting for the buyer")}`, LIST);
    expect(reading.disputes.map((d) => [d.disputeId, d.deadline])).toEqual([
      ["6351074783626585", "2026-11-25T17:30:00.000Z"],
      ["6351074783626586", null],
    ]);
  });

  it("says empty when the list says so, loading when rows have not arrived", () => {
    const header = "<table><thead><tr><th>订单号</th><th>状态</th><th>退款金额</th></tr></thead><tbody></tbody></table>";
    expect(read(`${header}<div>暂无数据</div>`, LIST).pageState).toBe("empty");
    expect(read(`${header}<div class="ait-loading"><i class="spin"></i></div>`, LIST).pageState).toBe("loading");
    expect(read(`<div id="root"></div>`, LIST).pageState).toBe("loading");
    expect(read(`<div>No data</div>`, ORDERS).pageState).toBe("empty");
  });

  it("says login-expired for a login form, a login URL or the words", () => {
    expect(read('<form><input name="u"><input type="password"></form>', LIST).pageState).toBe("login-expired");
    expect(read("<div>登录已过期，请重新登录</div>", LIST).pageState).toBe("login-expired");
    expect(read("<div>Your session has expired, please sign in again</div>", DETAIL).pageState).toBe("login-expired");
    expect(read("<div></div>", "https://login.aliexpress.com/user/seller/login?bizSegment=CSP").pageState).toBe("login-expired");
  });

  it("reads an order list with ship-by countdowns and tracking", () => {
    const reading = read(
      "<table><thead><tr><th>Order ID</th><th>Status</th><th>Order amount</th><th>Time left to ship</th><th>Tracking No.</th></tr></thead><tbody>" +
        "<tr><td>3053058684323001</td><td>Awaiting shipment</td><td>US $45.60</td><td>2 days 03:12:45</td><td>-</td></tr>" +
        "<tr><td>3053058684323002</td><td>Shipped</td><td>$18.20</td><td>-</td><td>LP00481759262002 <a>Copy</a></td></tr></tbody></table>",
      ORDERS,
    );
    expect(reading.kind).toBe("order-list");
    expect(reading.orders.map((o) => [o.orderId, o.status, o.amount?.amount, o.shipDeadline, o.trackingNumber])).toEqual([
      ["3053058684323001", "Awaiting shipment", 45.6, "2026-11-22T21:42:45.000Z", null],
      ["3053058684323002", "Shipped", 18.2, null, "LP00481759262002"],
    ]);
  });
});

describe("readPage never throws", () => {
  it("an unknown page is kind unknown with a warning", () => {
    const reading = read("<div>Products</div>", "https://csp.aliexpress.com/m_apps/product-manage/list");
    expect(reading.kind).toBe("unknown");
    expect(reading.disputes).toEqual([]);
    expect(reading.warnings.length).toBeGreaterThan(0);
  });

  it("an invalid now, a garbage URL, an element root", () => {
    const dom = new JSDOM("<body><div>订单号：8183974713700486</div></body>");
    expect(() => readPage(dom.window.document, "::::", new Date(Number.NaN), "America/Los_Angeles")).not.toThrow();
    const reading = readPage(dom.window.document.body, DETAIL, NOW, "Not/AZone");
    expect(reading.kind).toBe("dispute-detail");
  });
});
