// The dispute list of one store (DOMAIN.md §3 dispute-list), in the style of the shared fixtures
// dispute-list-zh-table.html / dispute-list-en-table.html: one table, headers from DOMAIN.md §4,
// an order number followed by a copy link, the dispute id only in the row's detail link.
import { listFetchScript } from "./dispute-list-json.ts";
import { escapeHtml } from "./html-text.ts";
import type { DemoDispute, DemoLanguage, DemoStore } from "./demo-disputes.ts";
import { disputeDetailPath } from "./demo-urls.ts";
import { formatCountdown, formatPlatformTime } from "./platform-time.ts";
import { renderSellerCenterPage } from "./seller-center-layout.ts";

const TEXT: Record<DemoLanguage, { title: string; tabs: string[]; headers: string[]; copy: string; details: string; total: (count: number) => string }> = {
  zh: {
    title: "纠纷管理",
    tabs: ["全部", "纠纷中", "等待您处理"],
    headers: ["商品", "订单编号", "买家", "创建时间", "售后状态", "退款原因", "退款金额", "响应截止时间", "操作"],
    copy: "复制",
    details: "查看详情",
    total: (count) => `共 ${count} 条`,
  },
  en: {
    title: "Dispute management",
    tabs: ["All", "In dispute", "Waiting for you"],
    headers: ["Item", "Order number", "Buyer", "Opened", "Dispute status", "Refund reason", "Refund amount", "Response deadline", "Actions"],
    copy: "Copy",
    details: "View details",
    total: (count) => `Total ${count} items`,
  },
};

/** The deadline cell: a countdown, a date in seller-center time, or "-" (DOMAIN.md §2). */
export function deadlineCellText(dispute: DemoDispute, now: Date, language: DemoLanguage): string {
  const display = dispute.deadlineDisplay;
  if (display.kind === "none" || dispute.deadline === null) return "-";
  if (display.kind === "date") return formatPlatformTime(dispute.deadline, language === "zh" ? "yyyy/MM/dd HH:mm" : "d MMM yyyy HH:mm");
  return formatCountdown(dispute.deadline, now, display.listStyle);
}

function renderRow(dispute: DemoDispute, now: Date, language: DemoLanguage): string {
  const text = TEXT[language];
  const deadline = deadlineCellText(dispute, now, language);
  const deadlineClass = dispute.deadlineDisplay.kind === "countdown" ? "countdown--Yh62mWqe" : "deadline--c4Rk0Vn1";
  const cell = (html: string) => `<td class="ait-table-cell">${html}</td>`;
  return (
    `<tr class="ait-table-row ait-table-row-level-0">` +
    cell(`<div class="productTitle--bK2dS9aZ">${escapeHtml(dispute.productTitle)}</div>`) +
    cell(`<span class="orderId--Vq3nT7eD">${escapeHtml(dispute.orderId)} <a class="copy--sP03mZr7" href="javascript:void(0)">${text.copy}</a></span>`) +
    cell(`<div class="buyerName--gCC_ijiN">${escapeHtml(dispute.buyer)}</div>`) +
    cell(`<span class="ait-typography">${formatPlatformTime(dispute.openedAt)}</span>`) +
    cell(`<span class="status--Jm2cQ8Wr">${escapeHtml(dispute.statusText)}</span>`) +
    cell(`<span class="reason--Tn5pE0Xh">${escapeHtml(dispute.reasonText)}</span>`) +
    cell(`<b class="amount--Fd7sK1Lm">${escapeHtml(dispute.refundText)}</b>`) +
    cell(`<span class="${deadlineClass}">${escapeHtml(deadline)}</span>`) +
    cell(`<a class="detailLink--Pq0wE4Ry" href="${escapeHtml(disputeDetailPath(dispute.disputeId))}">${text.details}</a>`) +
    `</tr>`
  );
}

/** The list page of `store`, its countdowns counted from `now`. */
export function renderDisputeListPage(store: DemoStore, disputes: readonly DemoDispute[], now: Date): string {
  const language = store.language;
  const text = TEXT[language];
  const tabs = text.tabs.map((tab, index) => `<span${index === 0 ? ' class="ait-tabs-active"' : ""}>${tab}</span>`).join("");
  const headers = text.headers.map((header) => `<th class="ait-table-header-cell">${header}</th>`).join("");
  const storeDisputes = disputes.filter((dispute) => dispute.store === language);
  const rows = storeDisputes.map((dispute) => renderRow(dispute, now, language)).join("\n");
  // Fusion Next's pager under the table: one page holding every dispute of the store.
  const pager = `<div class="ait-pagination"><span class="ait-pagination-total">${text.total(storeDisputes.length)}</span> <button class="ait-pagination-item ait-current">1</button></div>`;
  const mainHtml =
    `<div class="ait-breadcrumb">${text.title}</div><div class="ait-tabs">${tabs}</div>` +
    `<table class="ait-table"><thead><tr>${headers}</tr></thead><tbody>\n${rows}\n</tbody></table>${pager}${listFetchScript(store)}`;
  return renderSellerCenterPage({ language, store, title: text.title, activeMenu: 3, mainHtml });
}
