// A dispute's detail page (DOMAIN.md §3 dispute-detail), after the shared fixtures
// dispute-detail-zh-dl.html (label/value <dl>) and dispute-detail-en-grid.html (label/value grid):
// a warning banner with the seller's countdown or date above the details, labels from DOMAIN.md §4,
// and the dispute history.
import { escapeHtml } from "./html-text.ts";
import type { DemoDispute, DemoLanguage, DemoStore } from "./demo-disputes.ts";
import { formatCountdown, formatPlatformTime } from "./platform-time.ts";
import { renderSellerCenterPage } from "./seller-center-layout.ts";

interface DetailText {
  title: string;
  labels: {
    disputeId: string;
    orderId: string;
    status: string;
    reason: string;
    buyer: string;
    product: string;
    refund: string;
    orderAmount: string;
    opened: string;
    updated: string;
    carrier: string;
    tracking: string;
    timeLeft: string;
    deadlineDate: string;
  };
  copy: string;
  history: string;
  respondWithin: (countdown: string) => string;
  respondBy: (date: string) => string;
  sellerButtons: string[];
  receiptButtons: string[];
  datePattern: string;
}

const TEXT: Record<DemoLanguage, DetailText> = {
  zh: {
    title: "纠纷详情",
    labels: {
      disputeId: "售后单号",
      orderId: "订单编号",
      status: "售后状态",
      reason: "纠纷原因",
      buyer: "买家",
      product: "产品",
      refund: "退款金额",
      orderAmount: "订单金额",
      opened: "发起时间",
      updated: "更新时间",
      carrier: "物流方式",
      tracking: "物流单号",
      timeLeft: "剩余时间",
      deadlineDate: "响应截止时间",
    },
    copy: "复制",
    history: "纠纷历史",
    respondWithin: (countdown) => `请在 ${countdown} 内处理，超时后系统将按买家方案执行。`,
    respondBy: (date) => `请在 ${date} 前处理，超时后平台将根据已提交的证据裁决。`,
    sellerButtons: ["同意", "拒绝并提供方案"],
    receiptButtons: ["确认收货", "拒绝收货"],
    datePattern: "yyyy/MM/dd HH:mm:ss",
  },
  en: {
    title: "Dispute details",
    labels: {
      disputeId: "Dispute No.:",
      orderId: "Order number:",
      status: "Status",
      reason: "Refund reason",
      buyer: "Buyer",
      product: "Item:",
      refund: "Requested refund:",
      orderAmount: "Order total",
      opened: "Created",
      updated: "Last modified",
      carrier: "Logistics service",
      tracking: "Tracking No.:",
      timeLeft: "Time left",
      deadlineDate: "Response deadline",
    },
    copy: "Copy",
    history: "Dispute history",
    respondWithin: (countdown) => `Please respond within ${countdown}. If you do not respond, the refund will be processed automatically.`,
    respondBy: (date) => `Please respond by ${date}. After that AliExpress decides on the evidence submitted.`,
    sellerButtons: ["Accept", "Reject and provide solution"],
    receiptButtons: ["Confirm receipt", "Refuse receipt"],
    datePattern: "d MMM yyyy HH:mm:ss",
  },
};

/** Statuses where the countdown is the seller's own: the page shows it as a warning banner (DOMAIN.md §3). */
const SELLER_MUST_ACT = new Set(["awaiting-seller", "awaiting-seller-receipt", "platform-review"]);

function countdownText(deadline: Date, now: Date, language: DemoLanguage): string {
  return formatCountdown(deadline, now, language === "zh" ? "zh-compact" : "en-units");
}

/** The banner above the details, or null when the seller has nothing due. */
export function deadlineBannerText(dispute: DemoDispute, now: Date): string | null {
  const text = TEXT[dispute.store];
  if (dispute.deadline === null || !SELLER_MUST_ACT.has(dispute.status)) return null;
  if (dispute.deadlineDisplay.kind === "date") return text.respondBy(formatPlatformTime(dispute.deadline, text.datePattern));
  if (dispute.deadlineDisplay.kind === "countdown") return text.respondWithin(countdownText(dispute.deadline, now, dispute.store));
  return null;
}

function detailFields(dispute: DemoDispute, now: Date): [label: string, valueHtml: string][] {
  const text = TEXT[dispute.store];
  const { labels } = text;
  const time = (instant: Date) => escapeHtml(formatPlatformTime(instant, text.datePattern));
  const fields: [string, string][] = [
    [labels.disputeId, `<span class="disputeId--Kd02nWs8">${escapeHtml(dispute.disputeId)} <a class="copy--sP03mZr7" href="javascript:void(0)">${text.copy}</a></span>`],
    [labels.orderId, `<span>${escapeHtml(dispute.orderId)}</span>`],
    [labels.status, `<span class="status--Jm2cQ8Wr">${escapeHtml(dispute.statusText)}</span>`],
    [labels.reason, `<span>${escapeHtml(dispute.reasonText)}</span>`],
    [labels.buyer, `<div class="buyerName--gCC_ijiN">${escapeHtml(dispute.buyer)}</div>`],
    [labels.product, `<div>${escapeHtml(dispute.productTitle)}</div>`],
    [labels.refund, `<b>${escapeHtml(dispute.refundText)}</b>`],
    [labels.orderAmount, `<span>${escapeHtml(dispute.orderAmountText)}</span>`],
    [labels.opened, `<span class="ait-typography">${time(dispute.openedAt)}</span>`],
    [labels.updated, `<span class="ait-typography">${time(dispute.updatedAt)}</span>`],
    [labels.carrier, escapeHtml(dispute.carrier)],
    [labels.tracking, `<span>${escapeHtml(dispute.trackingNumber)}</span>`],
  ];
  // A clock that is not the seller's (e.g. the buyer's return window) shows as a plain field.
  if (dispute.deadline !== null && !SELLER_MUST_ACT.has(dispute.status)) {
    if (dispute.deadlineDisplay.kind === "countdown") {
      fields.push([labels.timeLeft, `<span class="countdown--Yh62mWqe">${escapeHtml(countdownText(dispute.deadline, now, dispute.store))}</span>`]);
    } else if (dispute.deadlineDisplay.kind === "date") {
      fields.push([labels.deadlineDate, `<span>${time(dispute.deadline)}</span>`]);
    }
  }
  return fields;
}

function renderFields(dispute: DemoDispute, now: Date): string {
  const fields = detailFields(dispute, now);
  if (dispute.store === "zh") {
    // Chinese variant: a description list (fixture dispute-detail-zh-dl.html).
    return `<dl class="detail--R3kd8QmZ">${fields.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${value}</dd>`).join("")}</dl>`;
  }
  // English variant: label/value items in a grid (fixture dispute-detail-en-grid.html).
  return `<div class="grid--m7Tq2LbX">${fields
    .map(([label, value]) => `<div class="infoItem--Lnv6cmDv item"><span class="label">${escapeHtml(label)}</span><span class="value">${value}</span></div>`)
    .join("")}</div>`;
}

function buttonsFor(dispute: DemoDispute): string[] {
  const text = TEXT[dispute.store];
  if (dispute.status === "awaiting-seller") return text.sellerButtons;
  if (dispute.status === "awaiting-seller-receipt") return text.receiptButtons;
  return [];
}

export function renderDisputeDetailPage(store: DemoStore, dispute: DemoDispute, now: Date): string {
  const text = TEXT[dispute.store];
  const banner = deadlineBannerText(dispute, now);
  const bannerHtml = banner
    ? `<div class="notice--Wc81nQz5 ait-message ait-message-warning"><div class="ait-message-content">${escapeHtml(banner)}</div></div>`
    : "";
  const history = dispute.history
    .map((entry) => `<div>${escapeHtml(formatPlatformTime(entry.at, text.datePattern))} ${escapeHtml(entry.text)}</div>`)
    .join("");
  const buttons = buttonsFor(dispute)
    .map((label, index) => `<button class="ait-btn${index === 0 ? " ait-btn-primary" : ""}">${escapeHtml(label)}</button>`)
    .join("");
  const mainHtml =
    `<div class="ait-breadcrumb">${text.title}</div>${bannerHtml}` +
    `<div class="ait-card-pure"><h2>${text.title}</h2>${renderFields(dispute, now)}</div>` +
    `<div class="ait-card-pure"><h3>${text.history}</h3><div class="history--a8Vn3UwE">${history}</div></div>` +
    (buttons ? `<div class="actions--Ge5tY2pM">${buttons}</div>` : "");
  return renderSellerCenterPage({ language: dispute.store, store, title: text.title, activeMenu: 3, mainHtml });
}
