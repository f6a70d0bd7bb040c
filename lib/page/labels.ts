// Every label and fixed text the reader looks for, in English and Chinese (DOMAIN.md §4).
// One source of truth (DESIGN.md principle 3): parsers never spell a label themselves.
// Labels are compared by equality after normalizeLabel (case, width, spaces, trailing colon).

export type LabelConcept =
  | "disputeId"
  | "orderId"
  | "status"
  | "reason"
  | "buyer"
  | "product"
  | "refund"
  | "buyerSolution"
  | "sellerSolution"
  | "platformSolution"
  | "orderAmount"
  | "opened"
  | "updated"
  | "deadline"
  | "trackingNumber"
  | "carrier"
  | "shipBy"
  | "orderStatus"
  | "paid"
  | "shipped"
  | "delivered"
  | "country";

export const LABELS: Readonly<Record<LabelConcept, readonly string[]>> = {
  // Detail pages and list columns; 售后单号/退款单号 on the newer csp detail, Case ID on English csp.
  disputeId: ["纠纷号", "纠纷编号", "纠纷单号", "纠纷ID", "售后单号", "售后编号", "退款单号", "退款编号", "Dispute ID", "Dispute No.", "Dispute number", "Case ID", "Case No.", "Case number", "Refund ID", "Refund No.", "Issue ID", "Issue No."],
  // Every page; also stacked under the product title in list cells ("订单号：…").
  orderId: ["订单号", "订单编号", "订单ID", "Order ID", "Order No.", "Order number", "Order #"],
  // Dispute status; on order pages a bare 状态/Status column is the order's status.
  status: ["状态", "纠纷状态", "售后状态", "退款状态", "Status", "Dispute status", "Refund status", "Case status"],
  // List column or a stacked "纠纷原因：…" in the dispute-info cell.
  reason: ["纠纷原因", "纠纷理由", "退款原因", "售后原因", "原因", "Dispute reason", "Reason", "Refund reason", "Reason for dispute"],
  buyer: ["买家", "买家名称", "买家姓名", "Buyer", "Buyer name"],
  product: ["产品", "商品", "商品名称", "产品名称", "商品信息", "产品信息", "Product", "Item", "Product name", "Item name", "Product info"],
  // What the buyer asks for (list column, detail field).
  refund: ["退款金额", "申请退款金额", "申请金额", "Refund amount", "Requested refund", "Refund requested", "Requested amount"],
  // Negotiation block on the detail page: only the buyer's solution carries refundRequested.
  buyerSolution: ["买家方案", "买家提议", "Buyer's solution", "Buyer solution", "Buyer's proposal", "Buyer's request"],
  sellerSolution: ["卖家方案", "Seller's solution", "Seller solution", "Seller's proposal", "Your solution"],
  platformSolution: ["平台方案", "AliExpress's solution", "AliExpress solution", "Platform solution", "Platform's solution"],
  orderAmount: ["订单金额", "实付金额", "订单总额", "订单总金额", "Order amount", "Order total", "Total amount", "Amount paid"],
  opened: ["纠纷时间", "发起时间", "创建时间", "纠纷发起时间", "申请时间", "Opened", "Created", "Dispute time", "Opened on", "Created on", "Open time", "Date opened", "Creation time"],
  updated: ["更新时间", "修改时间", "最后更新时间", "最近更新时间", "Updated", "Last modified", "Last updated", "Updated on", "Modified"],
  // A countdown or a date: the value's form decides (DOMAIN.md §2).
  deadline: ["剩余时间", "处理时效", "响应截止时间", "超时时间", "截止时间", "处理截止时间", "剩余处理时间", "倒计时", "Time left", "Time remaining", "Respond within", "Respond by", "Please respond by", "Please respond within", "Response deadline", "Deadline", "Countdown"],
  trackingNumber: ["运单号", "物流单号", "跟踪号", "物流跟踪号", "国际运单号", "Tracking number", "Tracking No.", "Tracking ID", "Tracking #"],
  carrier: ["物流方式", "物流服务", "物流公司", "承运商", "Carrier", "Shipping method", "Logistics service", "Shipping company", "Shipping carrier", "Logistics company"],
  // Order list / detail: the ship-by countdown.
  shipBy: ["发货截止", "剩余发货时间", "发货截止时间", "发货期限", "Ship by", "Time left to ship", "Ship before", "Shipping deadline"],
  // Order block of a dispute detail and order pages: never the dispute's status.
  orderStatus: ["订单状态", "Order status"],
  paid: ["付款时间", "支付时间", "Paid", "Payment time", "Paid on", "Payment date"],
  shipped: ["发货时间", "Shipped", "Shipping time", "Shipped on"],
  delivered: ["妥投时间", "签收时间", "送达时间", "Delivered", "Delivered on"],
  country: ["国家", "收货国家", "国家/地区", "Country", "Ship to", "Country/Region", "Destination country"],
};

/** The text of a copy link beside an id (DOMAIN.md §3: "复制 / Copy"). */
export const COPY_LINK_TEXTS: readonly string[] = ["复制", "Copy", "复制订单号", "Copy order number"];

/** Detail-page warning banners: "请在 2天13小时 内处理…", "Please respond within 2 days 13 hours…", "请在 2026-11-24 09:00 前处理". */
export const DEADLINE_PHRASES: readonly RegExp[] = [
  /请在\s*(.+?)\s*(?:之?内|之?前)\s*(?:处理|响应|回复|操作|确认)/,
  /(?:剩余|还剩)\s*(.+?)(?:[。，,;；]|$)/,
  /respond\s+(?:within|by|before)\s+(.+?)(?:\.\s|\.$|;|$|\s+if\b|\s+or\b|\s+otherwise\b)/i,
  /(?:time left|time remaining)\s*:?\s*(.+?)(?:\.\s|\.$|;|$)/i,
];

/** Block titles of the dispute history (DOMAIN.md §4). */
export const HISTORY_TITLES: readonly string[] = ["纠纷历史", "协商历史", "协商记录", "纠纷记录", "Dispute history", "Negotiation history", "History"];

/** Who acted in a history entry, by the words that open it. */
export const HISTORY_ACTORS: Readonly<Record<"buyer" | "seller" | "platform", readonly string[]>> = {
  buyer: ["买家", "buyer"],
  seller: ["卖家", "seller", "you "],
  platform: ["平台", "系统", "aliexpress", "platform", "system"],
};

/** A list that says it has no rows (pageState "empty"). */
export const EMPTY_LIST_TEXTS: readonly string[] = ["暂无数据", "没有数据", "无数据", "暂无纠纷", "暂无订单", "暂无记录", "没有找到相关数据", "No data", "No disputes", "No orders", "No records", "No results", "No matching records", "Nothing found"];

/** The seller's session is over (pageState "login-expired"). */
export const LOGIN_EXPIRED_TEXTS: readonly string[] = ["登录已过期", "登录超时", "登录失效", "请重新登录", "请先登录", "会话已过期", "session has expired", "session expired", "sign in again", "log in again", "login again", "please sign in", "please log in", "login expired"];

/**
 * A box the seller writes to the buyer in (issue 12, "insert into the reply box"): words of its placeholder, its
 * label or the text just before it. Matched as substrings, case-insensitively. Detail pages' message and
 * negotiation boxes (留言 / 协商 / 回复), and the refusal form's explanation (拒绝理由 / reason for rejection).
 */
export const REPLY_BOX_WORDS: readonly string[] = [
  "回复", "留言", "协商", "消息", "沟通", "发送给买家", "给买家", "拒绝理由", "拒绝原因", "说明",
  "reply", "message", "respond", "response", "negotiat", "write to the buyer", "to the buyer", "comment", "explain", "reason for rejecting", "reason for rejection",
];

/** Boxes that are never a reply to the buyer even when a reply word is near: search, the seller's private note, figures and addresses. */
export const NOT_REPLY_BOX_WORDS: readonly string[] = [
  "搜索", "查询", "备注", "运单号", "物流单号", "金额", "地址", "电话", "邮箱", "密码",
  "search", "filter", "remark", "private note", "internal", "tracking", "amount", "address", "phone", "email", "password",
];
