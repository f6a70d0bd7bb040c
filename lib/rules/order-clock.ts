// Which rule clock an order's shown status starts (DOMAIN §1 R-CANCEL, R-SHIP). Texts as the
// seller center and the Open Platform print them; anything else starts no clock.
export type OrderClock = "cancel-request" | "awaiting-shipment" | "none";

const CANCEL_REQUEST_TEXTS = [
  "买家申请取消",
  "买家申请取消订单",
  "in_cancel",
  "buyer requested cancellation",
  "cancellation requested",
];

const AWAITING_SHIPMENT_TEXTS = [
  "等待发货",
  "等待您发货",
  "等待卖家发货",
  "wait_seller_send_goods",
  "awaiting shipment",
  "waiting for shipment",
];

export function orderClockOf(statusText: string | null): OrderClock {
  if (statusText === null) return "none";
  // Trailing punctuation and spacing vary between page variants; case does in English.
  const normalised = statusText.trim().replace(/[.。:：]+$/u, "").replace(/\s+/gu, " ").toLowerCase();
  if (CANCEL_REQUEST_TEXTS.includes(normalised)) return "cancel-request";
  if (AWAITING_SHIPMENT_TEXTS.includes(normalised)) return "awaiting-shipment";
  return "none";
}
