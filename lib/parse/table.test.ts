import { JSDOM } from "jsdom";
import { bagFromRow, disputeFromBag } from "./fields";
import { readTables } from "./table";

function tables(html: string) {
  return readTables(new JSDOM(`<body>${html}</body>`).window.document.body);
}

const NOW = new Date("2026-11-20T18:30:00.000Z");
const ZONE = "America/Los_Angeles";

describe("readTables", () => {
  it("maps th headers to cells by position, colspans counted", () => {
    const grids = tables(
      "<table><thead><tr><th colspan='2'>Product</th><th>Order number</th><th>Status</th></tr></thead>" +
        "<tbody><tr><td><img></td><td>Phone case</td><td>8129606752413389</td><td>Closed</td></tr></tbody></table>",
    );
    expect(grids).toHaveLength(1);
    const cells = grids[0]?.rows[0]?.cells.map((c) => [c.concept, c.text]);
    expect(cells).toEqual([
      ["product", ""],
      [null, "Phone case"],
      ["orderId", "8129606752413389"],
      ["status", "Closed"],
    ]);
  });

  it("finds the header in one table and the body in the next (ait-table-header / ait-table-body), by structure", () => {
    const grids = tables(
      '<div class="x1"><table><thead><tr><td>订单号</td><td>售后状态</td><td>退款金额</td></tr></thead></table></div>' +
        '<div class="x2"><table><tbody><tr><td>8183974713700486</td><td>已结束</td><td>US $1.00</td></tr>' +
        "<tr><td>8183974713700487</td><td>退款中</td><td>US $2.00</td></tr></tbody></table></div>",
    );
    expect(grids).toHaveLength(1);
    expect(grids[0]?.rows.map((r) => r.cells.map((c) => `${c.concept}=${c.text}`))).toEqual([
      ["orderId=8183974713700486", "status=已结束", "refund=US $1.00"],
      ["orderId=8183974713700487", "status=退款中", "refund=US $2.00"],
    ]);
  });

  it("pinned columns drawn a second time give the same rows, not more (class hint and structure)", () => {
    const main =
      "<table><thead><tr><th>Order number</th><th>Status</th><th>Refund amount</th></tr></thead>" +
      "<tbody><tr><td>8183974713700486</td><td>Closed</td><td>$1</td></tr><tr><td>8183974713700487</td><td>Closed</td><td>$2</td></tr></tbody></table>";
    const lockByClass =
      '<div class="ait-table-lock-left"><table><thead><tr><th>Order number</th></tr></thead><tbody><tr><td>8183974713700486</td></tr><tr><td>8183974713700487</td></tr></tbody></table></div>';
    const lockUnmarked =
      '<div class="gen--x8"><table><thead><tr><th>Order number</th><th>Status</th></tr></thead><tbody><tr><td>8183974713700486</td><td>Closed</td></tr><tr><td>8183974713700487</td><td>Closed</td></tr></tbody></table></div>';
    for (const html of [main + lockByClass, main + lockUnmarked, lockUnmarked + main]) {
      const grids = tables(html);
      expect(grids).toHaveLength(1);
      expect(grids[0]?.rows).toHaveLength(2);
      expect(grids[0]?.columns).toEqual(["orderId", "status", "refund"]);
    }
  });

  it("an expanded row (<td colspan>) under a row is not a row of its own", () => {
    const grids = tables(
      "<table><thead><tr><th>订单号</th><th>状态</th><th>买家</th><th>退款金额</th></tr></thead><tbody>" +
        "<tr><td>8183974713700486</td><td>已结束</td><td>Lucas M.</td><td>$1</td></tr>" +
        "<tr><td colspan='4'>买家留言：订单号 8183974713700999 的包裹没收到</td></tr>" +
        "<tr><td>8183974713700487</td><td>退款中</td><td>Emma W.</td><td>$2</td></tr></tbody></table>",
    );
    expect(grids[0]?.rows.map((r) => r.cells[0]?.text)).toEqual(["8183974713700486", "8183974713700487"]);
  });

  it("a key/value table (th beside td) is no header", () => {
    expect(tables("<table><tr><th>订单号</th><td>8183974713700486</td><th>买家</th><td>Lucas M.</td></tr></table>")).toEqual([]);
  });

  it("skips hidden rows and tables", () => {
    const grids = tables(
      "<table><thead><tr><th>Order number</th><th>Status</th></tr></thead><tbody>" +
        "<tr><td>8183974713700486</td><td>Closed</td></tr><tr style='display:none'><td>8183974713700999</td><td>Closed</td></tr></tbody></table>" +
        "<table hidden><thead><tr><th>Order number</th><th>Status</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>",
    );
    expect(grids).toHaveLength(1);
    expect(grids[0]?.rows).toHaveLength(1);
  });
});

describe("stacked cells", () => {
  it("reads labelled values inside cells and an unlabelled countdown under the status", () => {
    const grids = tables(
      "<table><thead><tr><th>商品</th><th>纠纷信息</th><th>状态</th><th>操作</th></tr></thead><tbody><tr>" +
        "<td><div>硅胶手机壳 防摔</div><div>订单号：8183974713700486 <a>复制</a></div></td>" +
        "<td><div>纠纷原因：货物破损</div><div>纠纷时间：2026-11-10 08:42:07</div><div>退款金额：US $12.50</div></td>" +
        "<td><div>等待您处理</div><div><span>2</span>天<span>03</span>:<span>12</span>:<span>45</span></div></td>" +
        "<td><a href='/m_apps/dispute-management/detail?reverseOrderLineId=6351074783626585'>查看详情</a></td>" +
        "</tr></tbody></table>",
    );
    const row = grids[0]?.rows[0];
    expect(row).toBeDefined();
    if (!row) return;
    const { dispute } = disputeFromBag(bagFromRow(row, ZONE), "6351074783626585", { now: NOW, zone: ZONE });
    expect(dispute).toMatchObject({
      disputeId: "6351074783626585",
      orderId: "8183974713700486",
      productTitle: "硅胶手机壳 防摔",
      reason: "damaged",
      reasonText: "货物破损",
      openedAt: "2026-11-10T16:42:07.000Z",
      refundRequested: { amount: 12.5, currency: "USD" },
      status: "awaiting-seller",
      statusText: "等待您处理",
      // 2 days 03:12:45 after now
      deadline: "2026-11-22T21:42:45.000Z",
    });
  });
});

describe("rows out of line with their header", () => {
  it("a row whose cells lack their columns' forms is read by its own labels only, never a date as a deadline", () => {
    const grids = tables(
      "<table><thead><tr><th>订单号</th><th>纠纷时间</th><th>剩余时间</th></tr></thead><tbody>" +
        // the cells came out shifted: a money under 订单号, a countdown under 纠纷时间, a date under 剩余时间
        "<tr><td>US $20.00</td><td>4天23小时</td><td>2026-11-18 09:00:00</td></tr>" +
        "<tr><td>8183974713700487</td><td>2026-11-18 09:00:00</td><td>4天23小时</td></tr></tbody></table>",
    );
    const [shifted, fine] = (grids[0]?.rows ?? []).map((row) => disputeFromBag(bagFromRow(row, ZONE), "6351074783626585", { now: NOW, zone: ZONE }).dispute);
    expect(shifted).toMatchObject({ orderId: null, openedAt: null, deadline: null });
    expect(fine).toMatchObject({ orderId: "8183974713700487", openedAt: "2026-11-18T17:00:00.000Z", deadline: "2026-11-25T17:30:00.000Z" });
  });
});
