// The sample disputes of the built-in demo seller center (npm start): two stores, one whose seller
// center is in Chinese and one in English, with every kind of clock the extension must show.
// All times are relative to an anchor (the moment the demo started), so the demo is never stale.
import type { DisputeReason, DisputeStatus, Money } from "../../lib/model.ts";
import type { CountdownStyle } from "./platform-time.ts";

export type DemoLanguage = "zh" | "en";

export interface DemoStore {
  channelId: string;
  language: DemoLanguage;
  name: string;
}

export const DEMO_STORES: Record<DemoLanguage, DemoStore> = {
  zh: { channelId: "2901001", language: "zh", name: "星河数码专营店" },
  en: { channelId: "2901002", language: "en", name: "Harbor Home Goods Store" },
};

/** How the page shows the current step's deadline (DOMAIN.md §2: the value's form decides). */
export type DeadlineDisplay =
  | { kind: "countdown"; listStyle: CountdownStyle }
  | { kind: "date" } // an absolute date in seller-center time
  | { kind: "none" }; // "-": no countdown on the page

export interface DemoHistoryEntry {
  at: Date;
  text: string; // a history label from DOMAIN.md §4
}

export interface DemoDispute {
  disputeId: string; // reverseOrderLineId: 16 digits, kept as text (DOMAIN.md §2)
  orderId: string;
  store: DemoLanguage;
  status: DisputeStatus; // what a reader must make of statusText
  statusText: string;
  reason: DisputeReason;
  reasonText: string;
  buyer: string;
  productTitle: string;
  refundRequested: Money;
  refundText: string; // as the page shows it
  orderAmountText: string;
  openedAt: Date;
  /** The page's "updated / last modified" time. */
  updatedAt: Date;
  /** End of the current step's window as the page shows it; null when the page shows none. */
  deadline: Date | null;
  deadlineDisplay: DeadlineDisplay;
  carrier: string;
  trackingNumber: string;
  history: DemoHistoryEntry[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The demo's disputes for an anchor time; whole seconds so shown times and true times agree. */
export function buildDemoDisputes(anchor: Date): DemoDispute[] {
  const base = Math.floor(anchor.getTime() / 1000) * 1000;
  const at = (offsetMs: number) => new Date(base + offsetMs);
  return [
    {
      // Due in 50 minutes: the alarm case.
      disputeId: "6390151148270315",
      orderId: "8201574406318829",
      store: "zh",
      status: "awaiting-seller",
      statusText: "等待您处理",
      reason: "not-received",
      reasonText: "物流途中",
      buyer: "Lucas M.",
      productTitle: "硅胶手机壳 防摔 iPhone 15",
      refundRequested: { amount: 23.9, currency: "USD" },
      refundText: "US $23.90",
      orderAmountText: "US $23.90",
      openedAt: at(-(4 * DAY + 23 * HOUR + 10 * MINUTE)),
      updatedAt: at(-(4 * DAY + 23 * HOUR + 10 * MINUTE)),
      deadline: at(50 * MINUTE),
      deadlineDisplay: { kind: "countdown", listStyle: "zh-units" },
      carrier: "Cainiao Super Economy",
      trackingNumber: "LP00657248133519",
      history: [{ at: at(-(4 * DAY + 23 * HOUR + 10 * MINUTE)), text: "买家发起纠纷" }],
    },
    {
      // Due in 5 hours: the return arrived, the seller must confirm receipt.
      disputeId: "6390287735120462",
      orderId: "8199032217465501",
      store: "zh",
      status: "awaiting-seller-receipt",
      statusText: "买家发货，等待卖家收货",
      reason: "damaged",
      reasonText: "货物破损",
      buyer: "Ahmed K.",
      productTitle: "LED 灯带 5米 RGB",
      refundRequested: { amount: 126.13, currency: "CNY" },
      refundText: "CN￥ 126.13",
      orderAmountText: "CN￥ 158.00",
      openedAt: at(-(12 * DAY + 3 * HOUR)),
      updatedAt: at(-(2 * DAY + 5 * HOUR)),
      deadline: at(5 * HOUR),
      deadlineDisplay: { kind: "countdown", listStyle: "zh-remaining-clock" },
      carrier: "EMS",
      trackingNumber: "EE318866207CN",
      history: [
        { at: at(-(12 * DAY + 3 * HOUR)), text: "买家发起纠纷" },
        { at: at(-(10 * DAY + 1 * HOUR)), text: "卖家拒绝并提供方案" },
        { at: at(-(2 * DAY + 5 * HOUR)), text: "买家上传了证据" },
      ],
    },
    {
      // The platform is reviewing; its evidence request ends on a date, printed in Pacific time.
      disputeId: "6390343902716688",
      orderId: "8198451170023364",
      store: "zh",
      status: "platform-review",
      statusText: "平台介入处理中",
      reason: "not-as-described",
      reasonText: "与描述不符",
      buyer: "Ivan P.",
      productTitle: "无线蓝牙耳机 TWS 5.3",
      refundRequested: { amount: 45.5, currency: "EUR" },
      refundText: "€ 45.50",
      orderAmountText: "€ 52.00",
      openedAt: at(-(9 * DAY + 7 * HOUR)),
      updatedAt: at(-(1 * DAY + 2 * HOUR)),
      deadline: at(3 * DAY + 2 * HOUR + 30 * MINUTE),
      deadlineDisplay: { kind: "date" },
      carrier: "4PX",
      trackingNumber: "4PX3001298877CN",
      history: [
        { at: at(-(9 * DAY + 7 * HOUR)), text: "买家发起纠纷" },
        { at: at(-(8 * DAY + 20 * HOUR)), text: "卖家拒绝并提供方案" },
        { at: at(-(1 * DAY + 2 * HOUR)), text: "平台介入" },
      ],
    },
    {
      // Closed: no clock at all.
      disputeId: "6390419965301147",
      orderId: "8197716652980013",
      store: "zh",
      status: "closed",
      statusText: "已结束",
      reason: "quality",
      reasonText: "质量问题",
      buyer: "Emma W.",
      productTitle: "不锈钢保温杯 1L",
      refundRequested: { amount: 19.99, currency: "USD" },
      refundText: "$19.99",
      orderAmountText: "$27.80",
      openedAt: at(-(20 * DAY + 4 * HOUR)),
      updatedAt: at(-(14 * DAY + 6 * HOUR)),
      deadline: null,
      deadlineDisplay: { kind: "none" },
      carrier: "YunExpress",
      trackingNumber: "YT71533261535886CN",
      history: [
        { at: at(-(20 * DAY + 4 * HOUR)), text: "买家发起纠纷" },
        { at: at(-(14 * DAY + 6 * HOUR)), text: "纠纷完结" },
      ],
    },
    {
      // Due in 3 days: the ordinary case.
      disputeId: "6391126648503392",
      orderId: "3061187245530918",
      store: "en",
      status: "awaiting-seller",
      statusText: "Awaiting your response",
      reason: "not-as-described",
      reasonText: "Size not as described",
      buyer: "Maria G.",
      productTitle: "Women Summer Dress Floral",
      refundRequested: { amount: 31.4, currency: "USD" },
      refundText: "US $31.40",
      orderAmountText: "US $31.40",
      openedAt: at(-(2 * DAY)),
      updatedAt: at(-(2 * DAY)),
      deadline: at(3 * DAY),
      deadlineDisplay: { kind: "countdown", listStyle: "en-units" },
      carrier: "AliExpress Standard Shipping",
      trackingNumber: "LP00661190572218",
      history: [{ at: at(-(2 * DAY)), text: "Buyer opened the dispute" }],
    },
    {
      // No countdown on the page, awaiting the seller: the extension estimates from the last
      // update (DOMAIN.md §1). Opened 9 days ago, so the opening time alone would not do.
      disputeId: "6391208173364021",
      orderId: "3061023398871456",
      store: "en",
      status: "awaiting-seller",
      statusText: "Awaiting your response",
      reason: "missing-parts",
      reasonText: "Missing parts",
      buyer: "João S.",
      productTitle: "USB-C Fast Charger 65W",
      refundRequested: { amount: 12.5, currency: "USD" },
      refundText: "US $12.50",
      orderAmountText: "US $38.75",
      openedAt: at(-(9 * DAY + 11 * HOUR)),
      updatedAt: at(-20 * HOUR),
      deadline: null,
      deadlineDisplay: { kind: "none" },
      carrier: "Cainiao Standard",
      trackingNumber: "LP00659918830472",
      history: [
        { at: at(-(9 * DAY + 11 * HOUR)), text: "Buyer opened the dispute" },
        { at: at(-(8 * DAY + 2 * HOUR)), text: "Seller rejected and proposed a solution" },
        { at: at(-20 * HOUR), text: "Buyer modified the request" },
      ],
    },
    {
      // The buyer must send the item back; nothing for the seller to do yet.
      disputeId: "6391344520987730",
      orderId: "3060877104429983",
      store: "en",
      status: "awaiting-buyer-return",
      statusText: "Waiting for buyer to return the item",
      reason: "wrong-item",
      reasonText: "Wrong item",
      buyer: "Kim J.",
      productTitle: "Phone Case for iPhone 15",
      refundRequested: { amount: 8.99, currency: "USD" },
      refundText: "USD 8.99",
      orderAmountText: "USD 8.99",
      openedAt: at(-(6 * DAY + 9 * HOUR)),
      updatedAt: at(-(3 * DAY + 1 * HOUR)),
      deadline: at(6 * DAY + 22 * HOUR + 41 * MINUTE),
      deadlineDisplay: { kind: "countdown", listStyle: "en-clock" },
      carrier: "AliExpress Standard Shipping",
      trackingNumber: "LP00660311456601",
      history: [
        { at: at(-(6 * DAY + 9 * HOUR)), text: "Buyer opened the dispute" },
        { at: at(-(3 * DAY + 1 * HOUR)), text: "Seller accepted the return" },
      ],
    },
    {
      // Refunded and closed.
      disputeId: "6391470036615589",
      orderId: "3060712286510047",
      store: "en",
      status: "closed",
      statusText: "Refund successful",
      reason: "not-received",
      reasonText: "Item not received",
      buyer: "Tom & Jerry Ltd",
      productTitle: "Stainless Steel Water Bottle 1L",
      refundRequested: { amount: 21.0, currency: "USD" },
      refundText: "US $21.00",
      orderAmountText: "US $21.00",
      openedAt: at(-(25 * DAY + 1 * HOUR)),
      updatedAt: at(-(18 * DAY + 3 * HOUR)),
      deadline: null,
      deadlineDisplay: { kind: "none" },
      carrier: "Cainiao Super Economy",
      trackingNumber: "LP00650021984427",
      history: [
        { at: at(-(25 * DAY + 1 * HOUR)), text: "Buyer opened the dispute" },
        { at: at(-(18 * DAY + 3 * HOUR)), text: "Refund successful" },
      ],
    },
  ];
}
