// Real seller-center URLs (DOMAIN.md §3): content scripts only run there, so the demo is served at them.
import type { DemoStore } from "./demo-disputes.ts";

export const SELLER_CENTER_ORIGIN = "https://csp.aliexpress.com";

export function disputeListUrl(store: DemoStore): string {
  return `${SELLER_CENTER_ORIGIN}/m_apps/dispute-management/list?channelId=${store.channelId}`;
}

/** Path and query, as the list's "view details" links carry it. */
export function disputeDetailPath(disputeId: string): string {
  return `/m_apps/dispute-management/detail?reverseOrderLineId=${disputeId}`;
}

export function disputeDetailUrl(disputeId: string): string {
  return SELLER_CENTER_ORIGIN + disputeDetailPath(disputeId);
}
