// The built-in demo seller center of `npm start`: both stores' dispute lists and every dispute's
// detail page, served at their real csp URLs by the local HTTPS server (the same way as the tests).
// Dispute times are fixed relative to `now`; countdowns are rendered on each request from `clock`,
// so a long headed session keeps counting down.
import type { SellerCenterServer } from "../../e2e/support/seller-center-server.ts";
import { buildDemoDisputes, DEMO_STORES, type DemoDispute } from "./demo-disputes.ts";
import { renderDisputeDetailPage } from "./dispute-detail-page.ts";
import { renderDisputeListPage } from "./dispute-list-page.ts";
import { disputeDetailUrl, disputeListUrl } from "./demo-urls.ts";
import { demoListJsonPrefix, renderDisputeListJson } from "./dispute-list-json.ts";

export interface DemoSite {
  listUrls: { zh: string; en: string };
  /** Detail URL by dispute id. */
  detailUrls: Record<string, string>;
  disputes: DemoDispute[];
}

/**
 * Registers the demo pages on `server`. `now` anchors the sample disputes; `clock` gives the
 * moment each page is rendered at (default: always `now`, so a test sees fixed countdowns).
 */
export function registerDemoSite(server: Pick<SellerCenterServer, "page" | "json">, now: Date, clock: () => Date = () => now): DemoSite {
  const disputes = buildDemoDisputes(now);
  const listUrls = { zh: disputeListUrl(DEMO_STORES.zh), en: disputeListUrl(DEMO_STORES.en) };
  server.page(listUrls.zh, () => renderDisputeListPage(DEMO_STORES.zh, disputes, clock()));
  server.page(listUrls.en, () => renderDisputeListPage(DEMO_STORES.en, disputes, clock()));
  // Each list page fetches its store's list JSON, as the seller center does.
  server.json(demoListJsonPrefix(DEMO_STORES.zh), renderDisputeListJson("zh", disputes));
  server.json(demoListJsonPrefix(DEMO_STORES.en), renderDisputeListJson("en", disputes));
  const detailUrls: Record<string, string> = {};
  for (const dispute of disputes) {
    const url = disputeDetailUrl(dispute.disputeId);
    detailUrls[dispute.disputeId] = url;
    server.page(url, () => renderDisputeDetailPage(DEMO_STORES[dispute.store], dispute, clock()));
  }
  return { listUrls, detailUrls, disputes };
}
