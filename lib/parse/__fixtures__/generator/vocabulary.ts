// Labels, statuses and reasons of DOMAIN.md §4, by language: what the generator may print.
import type { DisputeReason, DisputeStatus } from "../../../model";

export type Language = "zh" | "en";
export type Concept =
  | "disputeId"
  | "orderId"
  | "status"
  | "reason"
  | "buyer"
  | "product"
  | "refund"
  | "orderAmount"
  | "opened"
  | "updated"
  | "deadline"
  | "tracking"
  | "carrier"
  | "orderStatus"
  | "paid"
  | "shipped"
  | "delivered"
  | "country"
  | "shipBy";

export const LABELS: Record<Concept, Record<Language, readonly string[]>> = {
  disputeId: { zh: ["纠纷号", "纠纷编号", "售后单号", "退款单号"], en: ["Dispute ID", "Dispute No.", "Case ID", "Refund ID"] },
  orderId: { zh: ["订单号", "订单编号"], en: ["Order ID", "Order No.", "Order number"] },
  status: { zh: ["状态", "纠纷状态", "售后状态"], en: ["Status", "Dispute status"] },
  reason: { zh: ["纠纷原因", "纠纷理由", "退款原因"], en: ["Dispute reason", "Reason", "Refund reason"] },
  buyer: { zh: ["买家"], en: ["Buyer"] },
  product: { zh: ["产品", "商品"], en: ["Product", "Item"] },
  refund: { zh: ["退款金额", "申请退款金额", "买家方案"], en: ["Refund amount", "Requested refund", "Buyer's solution"] },
  orderAmount: { zh: ["订单金额", "实付金额"], en: ["Order amount", "Order total"] },
  opened: { zh: ["纠纷时间", "发起时间", "创建时间"], en: ["Opened", "Created", "Dispute time"] },
  updated: { zh: ["更新时间", "修改时间"], en: ["Updated", "Last modified"] },
  // A field holding a countdown or a date: the value's form decides (DOMAIN §2).
  deadline: { zh: ["剩余时间", "处理时效", "响应截止时间", "超时时间"], en: ["Time left", "Time remaining", "Response deadline"] },
  tracking: { zh: ["运单号", "物流单号", "跟踪号"], en: ["Tracking number", "Tracking No."] },
  carrier: { zh: ["物流方式", "物流服务"], en: ["Carrier", "Shipping method", "Logistics service"] },
  orderStatus: { zh: ["订单状态"], en: ["Order status"] },
  paid: { zh: ["付款时间", "支付时间"], en: ["Paid", "Payment time"] },
  shipped: { zh: ["发货时间"], en: ["Shipped", "Shipping time"] },
  delivered: { zh: ["妥投时间", "签收时间", "送达时间"], en: ["Delivered", "Delivered on"] },
  country: { zh: ["国家", "收货国家"], en: ["Country", "Ship to"] },
  shipBy: { zh: ["发货截止", "剩余发货时间"], en: ["Ship by", "Time left to ship"] },
};

export type ShownStatus = Exclude<DisputeStatus, "unknown">;
export type ShownReason = Exclude<DisputeReason, "unknown">;

export const STATUS_TEXTS: Record<ShownStatus, Record<Language, readonly string[]>> = {
  "awaiting-seller": {
    zh: ["等待您处理", "等待卖家响应", "买家提起纠纷，等待您确认", "等待卖家确认"],
    en: ["Awaiting your response", "Waiting for seller response", "Action required"],
  },
  "awaiting-buyer": { zh: ["等待买家响应", "卖家拒绝纠纷", "等待买家确认"], en: ["Waiting for buyer response", "Seller rejected"] },
  negotiating: { zh: ["协商中", "纠纷中"], en: ["Negotiating", "In dispute"] },
  "platform-review": {
    zh: ["平台介入处理中", "仲裁中", "平台处理中"],
    en: ["AliExpress is reviewing", "Under arbitration", "Platform intervention"],
  },
  "awaiting-buyer-return": { zh: ["等待买家退货", "等待买家发货"], en: ["Waiting for buyer to return the item"] },
  "awaiting-seller-receipt": { zh: ["买家发货，等待卖家收货", "等待您确认收货"], en: ["Waiting for your confirmation of receipt"] },
  refunding: { zh: ["退款中", "资金处理中"], en: ["Refund in progress"] },
  closed: {
    zh: ["已结束", "已关闭", "退款成功", "纠纷取消", "纠纷完结", "卖家响应纠纷超时"],
    en: ["Closed", "Finished", "Refund successful", "Cancelled"],
  },
};

export const REASON_TEXTS: Record<ShownReason, Record<Language, readonly string[]>> = {
  "not-received": {
    zh: ["未收到货", "物流途中", "海关扣关", "包裹退回", "地址错误", "运单号无效", "显示妥投但未收到"],
    en: ["Item not received", "Still in transit", "Held by customs", "Package returned", "Wrong address", "Invalid tracking", "Delivered but not received"],
  },
  "not-as-described": {
    zh: ["货不对版", "与描述不符", "颜色不符", "尺寸不符", "款式不符"],
    en: ["Not as described", "Color not as described", "Size not as described"],
  },
  "wrong-item": { zh: ["发错货"], en: ["Wrong item"] },
  quality: { zh: ["质量问题", "无法使用", "功能故障"], en: ["Quality problem", "Does not work", "Defective"] },
  damaged: { zh: ["货物破损", "破损"], en: ["Damaged", "Broken"] },
  "missing-parts": { zh: ["产品数量不符", "少件", "缺少配件"], en: ["Quantity shortage", "Missing parts", "Short shipment"] },
  counterfeit: { zh: ["假货", "仿品"], en: ["Counterfeit", "Fake"] },
  "change-of-mind": { zh: ["买家个人原因", "不想要了", "无理由退货"], en: ["Changed my mind", "Personal reason", "No longer needed"] },
  other: { zh: ["其他"], en: ["Other"] },
};

/** Statuses with no running clock: the page shows no countdown for them. */
export const CLOCKLESS_STATUSES: readonly ShownStatus[] = ["closed", "refunding"];

// Buyer names and product titles that contain no label or status word.
export const BUYERS = ["Lucas M.", "Emma W.", "Ahmed K.", "Maria G.", "João S.", "Ivan P.", "Tom & Jerry Ltd", "李娜", "Zoë O'Neil"];
export const PRODUCTS = [
  "Wireless Earbuds TWS Bluetooth 5.3",
  "Stainless Steel Water Bottle 1L",
  "LED Strip Light 5m RGB",
  "硅胶手机壳 防摔",
  "Silicone Phone Case",
  "儿童保温杯 500ml",
  "Men's Running Shoes 42",
];
export const CARRIERS = ["Cainiao Standard", "AliExpress Standard Shipping", "4PX", "YunExpress", "EMS", "菜鸟无忧物流"];

/** Order statuses as shown (kept as text, DESIGN.md); none equals a label ("Shipped" would). */
export const ORDER_STATUS_TEXTS = {
  awaitingShipment: { zh: ["等待您发货", "等待卖家发货"], en: ["Awaiting shipment", "Waiting for you to ship"] },
  inTransit: { zh: ["等待买家收货", "已发货"], en: ["Awaiting delivery", "In transit"] },
  finished: { zh: ["交易完成", "已完成"], en: ["Finished", "Completed"] },
} as const satisfies Record<string, Record<Language, readonly string[]>>;
export const COUNTRIES = ["France", "Brazil", "Spain", "Korea", "Germany", "Russian Federation", "United States", "巴西", "法国"];

export const DETAIL_LINK_TEXT: Record<Language, readonly string[]> = { zh: ["查看详情", "详情"], en: ["View details", "Details"] };
export const COPY_TEXT: Record<Language, string> = { zh: "复制", en: "Copy" };
