// The demo list's own JSON, as the seller center's list call answers it (DOMAIN.md §3): the page fetches it on
// load like the real one, so the extension sees exact ids and times and can tell the list is complete.
import type { DemoDispute, DemoLanguage, DemoStore } from "./demo-disputes.ts";
import { formatPlatformTime } from "./platform-time.ts";

export const LIST_API = "mtop.aliexpress.seller.reverse.querySellerReverseOrderList";
const LIST_API_PATH = `https://seller-acs.aliexpress.com/h5/${LIST_API.toLowerCase()}/1.0/`;

/** The request URL one store's list page fetches (its prefix is what the server answers to). */
export function demoListJsonPrefix(store: DemoStore): string {
  return `${LIST_API_PATH}?channelId=${store.channelId}&`;
}

export function demoListJsonUrl(store: DemoStore): string {
  const data = encodeURIComponent(JSON.stringify({ channelId: store.channelId, pageSize: 20, current: 1, _timezone: -8 }));
  return `${demoListJsonPrefix(store)}jsv=2.7.2&appKey=12574478&api=${LIST_API}&type=originaljson&data=${data}`;
}

export function renderDisputeListJson(language: DemoLanguage, disputes: readonly DemoDispute[]): string {
  const lines = disputes
    .filter((dispute) => dispute.store === language)
    .map((dispute) => ({
      sellerReverseOrderLines: [
        {
          reverseOrderLineId: dispute.disputeId,
          reverseOrderId: `${dispute.disputeId.slice(0, -6)}${dispute.disputeId.slice(-5)}0`,
          tradeOrderId: dispute.orderId,
          reverseStatus: dispute.statusText,
          gmtCreate: formatPlatformTime(dispute.openedAt),
          gmtCreateTimestamp: dispute.openedAt.getTime(),
          gmtModified: formatPlatformTime(dispute.updatedAt),
          detailUrl: `/m_apps/dispute-management/detail?reverseOrderLineId=${dispute.disputeId}`,
          buyer: { fullName: dispute.buyer },
          aeItemDTO: { itemTitle: dispute.productTitle, itemCount: 1 },
        },
      ],
    }));
  return JSON.stringify({ api: LIST_API, v: "1.0", ret: ["SUCCESS::调用成功"], data: { data: { pageInfo: { total: lines.length }, dataSource: lines } } });
}

/** The page's own call, as a small inline script (the demo page's code, not the extension's). */
export function listFetchScript(store: DemoStore): string {
  return `<script>fetch(${JSON.stringify(demoListJsonUrl(store))}, { credentials: "include" }).catch(() => {});</script>`;
}
