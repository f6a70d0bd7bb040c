// Shown status and reason texts → the enums of lib/model.ts (DOMAIN.md §4 tables, Open Platform codes included).
import type { DisputeReason, DisputeStatus } from "../model";
import { memoizeByText, normalizeLabel } from "./text";

const STATUS_TEXTS: Readonly<Record<Exclude<DisputeStatus, "unknown">, readonly string[]>> = {
  "awaiting-seller": ["等待您处理", "等待卖家响应", "买家提起纠纷，等待您确认", "等待卖家确认", "等待卖家处理", "Awaiting your response", "Waiting for seller response", "Waiting for your response", "Awaiting seller response", "Action required", "WAIT_SELLER_CONFIRM_REFUND", "wait_seller_accept"],
  "awaiting-buyer": ["等待买家响应", "卖家拒绝纠纷", "等待买家确认", "Waiting for buyer response", "Awaiting buyer response", "Seller rejected", "SELLER_REFUSE_REFUND", "wait_buyer_accept"],
  negotiating: ["协商中", "纠纷中", "Negotiating", "In dispute", "processing"],
  "platform-review": ["平台介入处理中", "仲裁中", "平台处理中", "平台介入", "AliExpress is reviewing", "Under arbitration", "Platform intervention", "ARBITRATING", "wait_buyer_and_seller_accept"],
  "awaiting-buyer-return": ["等待买家退货", "等待买家发货", "Waiting for buyer to return the item", "Awaiting buyer return", "Waiting for buyer to return", "WAIT_BUYER_SEND_GOODS"],
  "awaiting-seller-receipt": ["买家发货，等待卖家收货", "等待您确认收货", "等待卖家收货", "Waiting for your confirmation of receipt", "Waiting for seller to confirm receipt", "WAIT_SELLER_RECEIVE_GOODS"],
  refunding: ["退款中", "资金处理中", "Refund in progress", "Refunding", "perform", "FUND_PROCESSING"],
  closed: ["已结束", "已关闭", "退款成功", "纠纷取消", "纠纷完结", "卖家响应纠纷超时", "Closed", "Finished", "Refund successful", "Cancelled", "Canceled", "finish", "canceled_issue", "SELLER_RESPONSE_ISSUE_TIMEOUT", "seller_reponse_timeout"],
};

const REASON_TEXTS: Readonly<Record<Exclude<DisputeReason, "unknown">, readonly string[]>> = {
  "not-received": ["未收到货", "物流途中", "海关扣关", "包裹退回", "地址错误", "运单号无效", "显示妥投但未收到", "Item not received", "Not received", "Still in transit", "Held by customs", "Package returned", "Wrong address", "Invalid tracking", "Delivered but not received"],
  "not-as-described": ["货不对版", "与描述不符", "颜色不符", "尺寸不符", "款式不符", "Not as described", "Color not as described", "Size not as described", "Item not as described"],
  "wrong-item": ["发错货", "Wrong item", "Wrong item sent"],
  quality: ["质量问题", "无法使用", "功能故障", "Quality problem", "Quality issue", "Does not work", "Defective"],
  damaged: ["货物破损", "破损", "Damaged", "Broken"],
  "missing-parts": ["产品数量不符", "少件", "缺少配件", "Quantity shortage", "Missing parts", "Short shipment"],
  counterfeit: ["假货", "仿品", "Counterfeit", "Fake"],
  "change-of-mind": ["买家个人原因", "不想要了", "无理由退货", "Changed my mind", "Personal reason", "No longer needed"],
  other: ["其他", "Other"],
};

interface Entry<T> {
  text: string;
  value: T;
  latin: boolean;
  /** Open Platform codes (`processing`, `FUND_PROCESSING`) match only as the whole text. */
  exactOnly: boolean;
  /** Latin texts match inside a longer text only as whole words (compiled once). */
  word: RegExp | null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function buildEntries<T extends string>(table: Readonly<Record<T, readonly string[]>>): Entry<T>[] {
  const entries: Entry<T>[] = [];
  for (const value of Object.keys(table) as T[]) {
    for (const text of table[value]) {
      const normalized = normalizeLabel(text.replace(/_/g, " "));
      const exactOnly = /^(?:[a-z_]+|[A-Z_]+)$/.test(text);
      const latin = /^[\x20-\x7e]+$/.test(normalized);
      const word = latin ? new RegExp(`(?:^|[^a-z])${escapeRegExp(normalized)}(?:$|[^a-z])`) : null;
      entries.push({ text: normalized, value, latin, exactOnly, word });
    }
  }
  // Longest first: "买家发货，等待卖家收货" before "等待卖家…", "Color not as described" before "Not as described".
  return entries.sort((a, b) => b.text.length - a.text.length);
}

const STATUS_ENTRIES = buildEntries(STATUS_TEXTS);
const REASON_ENTRIES = buildEntries(REASON_TEXTS);

function match<T>(text: string, entries: readonly Entry<T>[]): T | null {
  const normalized = normalizeLabel(text.replace(/_/g, " "));
  if (!normalized) return null;
  const exact = entries.find((e) => e.text === normalized);
  if (exact) return exact.value;
  // Within a longer text ("状态：已结束", "Closed (refund successful)"): Latin words must stand alone.
  const contained = entries.find((e) =>
    e.exactOnly ? false : e.word ? e.word.test(normalized) : normalized.includes(e.text),
  );
  return contained ? contained.value : null;
}

// A list repeats a handful of status and reason texts on every row: each is matched once.
const statusOfText = memoizeByText((text) => match(text, STATUS_ENTRIES));
const reasonOfText = memoizeByText((text) => match(text, REASON_ENTRIES));

/** The DisputeStatus a shown status text (or Open Platform code) stands for; "unknown" when none matches. */
export function normalizeStatus(text: string | null): DisputeStatus {
  return (text === null ? null : statusOfText(text)) ?? "unknown";
}

/** True when the text is a status the table knows (used to find the status inside a stacked cell). */
export function isKnownStatusText(text: string): boolean {
  return statusOfText(text) !== null;
}

/** The DisputeReason a shown reason text stands for; "unknown" when none matches. */
export function normalizeReason(text: string | null): DisputeReason {
  return (text === null ? null : reasonOfText(text)) ?? "unknown";
}
