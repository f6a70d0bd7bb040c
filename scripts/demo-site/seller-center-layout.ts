// The frame every demo page sits in, after the shared fixture pages: a side menu, a breadcrumb,
// generated CSS-module class names (DOMAIN.md §3), plus a small style sheet so the demo reads
// like a seller center in the screenshots.
import { escapeHtml } from "./html-text.ts";
import type { DemoLanguage, DemoStore } from "./demo-disputes.ts";

const MENU: Record<DemoLanguage, string[]> = {
  zh: ["首页", "商品", "订单", "纠纷管理", "营销", "资金"],
  en: ["Home", "Products", "Orders", "Dispute management", "Marketing", "Finance"],
};

const DEMO_NOTICE: Record<DemoLanguage, string> = {
  zh: "Dispute Sentinel 演示卖家中心 · 示例数据",
  en: "Dispute Sentinel demo seller center · sample data",
};

const STYLE = `
body{margin:0;font:14px/1.5 "Noto Sans CJK SC","WenQuanYi Zen Hei","PingFang SC","Microsoft YaHei",Arial,sans-serif;color:#1f2329;background:#f3f5f8}
.topbar--Q7m2xKd1{display:flex;justify-content:space-between;align-items:center;height:48px;padding:0 20px;background:#fff;border-bottom:1px solid #e5e6eb}
.logo--Hd83kLq0{font-weight:700;color:#ff4747;font-size:18px}
.store--p0Xz81Wc{color:#4e5969}
.demo--Zk19aQpe{background:#fff7e6;color:#ad6800;padding:4px 20px;font-size:12px;border-bottom:1px solid #ffe7ba}
.layout{display:flex;min-height:calc(100vh - 74px)}
aside{width:176px;background:#fff;border-right:1px solid #e5e6eb;padding:12px 0}
aside a{display:block;padding:9px 24px;color:#4e5969;text-decoration:none}
aside a.active--vB1s9Lw2{color:#ff4747;background:#fff1f0;font-weight:600}
main{flex:1;padding:16px 24px}
.ait-breadcrumb{color:#86909c;margin-bottom:12px}
.ait-tabs{display:flex;gap:24px;border-bottom:1px solid #e5e6eb;margin-bottom:12px}
.ait-tabs span{padding:8px 0}
.ait-tabs span.ait-tabs-active{color:#ff4747;border-bottom:2px solid #ff4747}
.ait-card-pure{background:#fff;border-radius:6px;padding:16px;margin-bottom:16px}
table.ait-table{width:100%;border-collapse:collapse;background:#fff}
.ait-table th{background:#f7f8fa;color:#4e5969;font-weight:500;text-align:left;padding:10px 12px;border-bottom:1px solid #e5e6eb}
.ait-table td{padding:12px;border-bottom:1px solid #f2f3f5;vertical-align:top}
.ait-table a,.copy--sP03mZr7{color:#1677ff;text-decoration:none}
.ait-pagination{display:flex;justify-content:flex-end;align-items:center;gap:12px;padding:12px 0;color:#4e5969}
.ait-pagination-item{border:1px solid #ff4747;color:#ff4747;background:#fff;border-radius:4px;padding:2px 10px}
.countdown--Yh62mWqe{color:#f53f3f;font-weight:600}
.ait-message{padding:10px 16px;border-radius:6px;margin-bottom:16px}
.ait-message-warning{background:#fff7e6;border:1px solid #ffd591;color:#ad4e00}
dl.detail--R3kd8QmZ{display:grid;grid-template-columns:140px 1fr 140px 1fr;gap:10px 16px;margin:0}
dl.detail--R3kd8QmZ dt{color:#86909c}
dl.detail--R3kd8QmZ dd{margin:0}
.grid--m7Tq2LbX{display:grid;grid-template-columns:1fr 1fr;gap:10px 24px}
.grid--m7Tq2LbX .label{color:#86909c;margin-right:8px}
.history--a8Vn3UwE div{padding:6px 0;border-bottom:1px dashed #e5e6eb}
.ait-btn{padding:6px 16px;margin-right:8px;border:1px solid #c9cdd4;background:#fff;border-radius:4px}
.ait-btn-primary{background:#ff4747;border-color:#ff4747;color:#fff}
footer{padding:12px 24px;color:#86909c;font-size:12px}
`;

export interface SellerCenterPage {
  language: DemoLanguage;
  store: DemoStore;
  title: string;
  /** The menu entry to highlight. */
  activeMenu: number;
  /** Main column markup, already escaped by the page that built it. */
  mainHtml: string;
}

export function renderSellerCenterPage(page: SellerCenterPage): string {
  const lang = page.language === "zh" ? "zh-CN" : "en";
  const menu = MENU[page.language]
    .map((label, index) => `<a class="${index === page.activeMenu ? "menuItem--Xw4d0Lp8 active--vB1s9Lw2" : "menuItem--Xw4d0Lp8"}" href="#">${escapeHtml(label)}</a>`)
    .join("");
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(page.title)}</title>
<style>${STYLE}</style></head>
<body><div id="root"><div class="topbar--Q7m2xKd1"><span class="logo--Hd83kLq0">AliExpress</span><span class="store--p0Xz81Wc">${escapeHtml(page.store.name)}</span></div>
<div class="demo--Zk19aQpe">${escapeHtml(DEMO_NOTICE[page.language])}</div>
<div class="layout"><aside class="sideMenu--L2s8dHq3">${menu}</aside>
<main class="content--QPGz6fCi">${page.mainHtml}</main></div></div>
<footer class="footer">© AliExpress.com</footer></body></html>`;
}
