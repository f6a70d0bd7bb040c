// Notification ids carry what a click needs, because the service worker that receives the
// click may be a fresh one that remembers nothing (DESIGN.md "The service worker dies often").
// One id per dispute: a newer warning replaces the older one in the tray.

export type NotificationSubject =
  | { kind: "dispute"; disputeId: string }
  | { kind: "order"; orderId: string; channelId: string }
  | { kind: "summary"; channelId: string; at: number }
  | { kind: "stale"; channelId: string }
  | { kind: "login"; channelId: string };

export function notificationIdOf(subject: NotificationSubject): string {
  switch (subject.kind) {
    case "dispute":
      return `dispute:${subject.disputeId}`;
    case "order":
      return `order:${subject.orderId}:${subject.channelId}`;
    case "summary":
      return `summary:${subject.channelId}:${subject.at}`;
    case "stale":
      return `stale:${subject.channelId}`;
    case "login":
      return `login:${subject.channelId}`;
  }
}

export function parseNotificationId(id: string): NotificationSubject | null {
  const colon = id.indexOf(":");
  if (colon < 0) return null;
  const kind = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  switch (kind) {
    case "dispute":
      return rest ? { kind, disputeId: rest } : null;
    case "order": {
      const [orderId, channelId] = splitOnce(rest);
      return orderId ? { kind, orderId, channelId } : null;
    }
    case "summary": {
      const [channelId, at] = splitOnce(rest);
      const time = Number(at);
      return Number.isFinite(time) ? { kind, channelId, at: time } : null;
    }
    case "stale":
    case "login":
      return { kind, channelId: rest };
    default:
      return null;
  }
}

function splitOnce(text: string): [string, string] {
  const colon = text.indexOf(":");
  return colon < 0 ? [text, ""] : [text.slice(0, colon), text.slice(colon + 1)];
}

// Seller-center URLs of DOMAIN.md §3 (the current csp center).
const SELLER_CENTER = "https://csp.aliexpress.com";

export function disputeDetailUrl(disputeId: string): string {
  return `${SELLER_CENTER}/m_apps/dispute-management/detail?reverseOrderLineId=${encodeURIComponent(disputeId)}`;
}

export function disputeListUrl(channelId: string): string {
  const base = `${SELLER_CENTER}/m_apps/dispute-management/list`;
  return channelId ? `${base}?channelId=${encodeURIComponent(channelId)}` : base;
}

export function orderDetailUrl(orderId: string, channelId: string): string {
  const base = `${SELLER_CENTER}/m_apps/order-manage/orderDetail?orderId=${encodeURIComponent(orderId)}`;
  return channelId ? `${base}&channelId=${encodeURIComponent(channelId)}` : base;
}
