// @vitest-environment jsdom
import { indexOverlayContainers } from "./find-container";
import { overlayCellsByRow } from "./overlay-cells";
import { readTables } from "../parse/table";
import { readPage } from "../parse/read-page";

const cellsOf = () => overlayCellsByRow(readTables(document));
const link = (id: string) => `<a href="/m_apps/dispute-management/detail?reverseOrderLineId=${id}">查看详情</a>`;

describe("overlay cells", () => {
  it("puts a list overlay in its row's deadline cell, found by the header", () => {
    document.body.innerHTML = `<table><thead><tr><th>订单编号</th><th>售后状态</th><th>响应截止时间</th><th>操作</th></tr></thead>
      <tbody><tr><td>8183000000000001</td><td>等待您处理</td><td id="due">剩余 2 天 03:12:45</td><td>${link("6351000000000002")}</td></tr></tbody></table>`;
    const finder = indexOverlayContainers(document, "dispute-list", cellsOf());
    expect(finder.find({ disputeId: "6351000000000002", orderId: "8183000000000001" })?.id).toBe("due");
  });

  it("uses the status cell when there is no deadline column, across a header drawn as its own table", () => {
    document.body.innerHTML = `<table><tr><th>Order number</th><th>Dispute status</th><th>Actions</th></tr></table>
      <table><tr><td>8183000000000001</td><td id="status">Awaiting your response</td><td>${link("6351000000000002")}</td></tr></table>`;
    const finder = indexOverlayContainers(document, "dispute-list", cellsOf());
    expect(finder.find({ disputeId: "6351000000000002", orderId: null })?.id).toBe("status");
  });

  it("keeps the link's cell when the headers name neither", () => {
    document.body.innerHTML = `<table><tr><th>Order number</th><th>Buyer</th><th>Actions</th></tr>
      <tr><td>8183000000000001</td><td>Lucas</td><td id="actions">${link("6351000000000002")}</td></tr></table>`;
    const finder = indexOverlayContainers(document, "dispute-list", cellsOf());
    expect(finder.find({ disputeId: "6351000000000002", orderId: null })?.id).toBe("actions");
  });
});

describe("the reader's tables", () => {
  it("are handed over by readPage, so the overlays need no second read of the table", () => {
    document.body.innerHTML = `<table><tr><th>订单编号</th><th>售后状态</th><th>响应截止时间</th><th>操作</th></tr>
      <tr><td>8183000000000001</td><td>等待您处理</td><td id="due">剩余 2 天 03:12:45</td><td>${link("6351000000000002")}</td></tr></table>`;
    let handed: Map<Element, Element> | null = null;
    const reading = readPage(document, "https://csp.aliexpress.com/m_apps/dispute-management/list", new Date("2026-11-27T00:00:00Z"), "America/Los_Angeles", {
      onTables: (grids) => (handed = overlayCellsByRow(grids)),
    });
    expect(reading.disputes).toHaveLength(1);
    expect([...(handed ?? new Map<Element, Element>()).values()].map((cell) => cell.id)).toEqual(["due"]);
  });
});
