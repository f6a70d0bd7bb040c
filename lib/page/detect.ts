// Which seller-center page is this? A pure function of the URL (DESIGN.md principle 2, DOMAIN.md §3).
import type { PageKind } from "../model";

interface Route {
  kind: Exclude<PageKind, "unknown">;
  hosts: RegExp;
  path: RegExp;
}

// csp (current seller center) and gsp (older global one) share the app paths; trade is the pre-2018 site.
const SELLER_CENTER_HOST = /^(csp|gsp)\.aliexpress\.(com|ru|us)$/;
const TRADE_HOST = /^trade\.aliexpress\.(com|ru|us)$/;

const ROUTES: readonly Route[] = [
  // csp: /m_apps/dispute-management/list?channelId=…
  { kind: "dispute-list", hosts: SELLER_CENTER_HOST, path: /^\/m_apps\/dispute-management\/list\/?$/i },
  // csp: /m_apps/dispute-management/detail?reverseOrderLineId=…
  { kind: "dispute-detail", hosts: SELLER_CENTER_HOST, path: /^\/m_apps\/dispute-management\/detail\/?$/i },
  // csp: /m_apps/order-manage/orderList?channelId=…
  { kind: "order-list", hosts: SELLER_CENTER_HOST, path: /^\/m_apps\/order-manage\/order[-_]?list\/?$/i },
  // csp: /m_apps/order-manage/orderDetail?orderId=… (also order_detail)
  { kind: "order-detail", hosts: SELLER_CENTER_HOST, path: /^\/m_apps\/order-manage\/order[-_]?detail\/?$/i },
  // gsp: /apps/order/index (order list) and /apps/order/detail?orderId=…
  { kind: "order-list", hosts: SELLER_CENTER_HOST, path: /^\/apps\/order\/(index|list)\/?$/i },
  { kind: "order-detail", hosts: SELLER_CENTER_HOST, path: /^\/apps\/order\/detail\/?$/i },
  // trade (older pages, still linked from old mails)
  { kind: "dispute-list", hosts: TRADE_HOST, path: /^\/issue\/issue_list\.htm$/i },
  { kind: "dispute-detail", hosts: TRADE_HOST, path: /^\/issue\/issue_detail\.htm$/i },
  { kind: "order-detail", hosts: TRADE_HOST, path: /^\/order_detail\.htm$/i },
];

// The dispute-management app root shows either page; only there does the title decide.
const DISPUTE_APP_ROOT = /^\/m_apps\/dispute-management\/?$/i;
const DETAIL_TITLES = /纠纷详情|售后详情|dispute detail/i;
const LIST_TITLES = /纠纷管理|纠纷列表|售后管理|dispute management|dispute list|disputes/i;

interface Location {
  host: string;
  paths: string[];
  params: URLSearchParams[];
}

function locate(url: string | URL): Location | null {
  let parsed: URL;
  try {
    // An already parsed URL is read as is: parsing its serialisation again gives the same URL.
    parsed = typeof url === "string" ? new URL(url) : url;
  } catch {
    return null;
  }
  const paths = [parsed.pathname];
  const params = [parsed.searchParams];
  // Hash-routed variants: https://csp.aliexpress.com/#/m_apps/…?x=y
  const hash = parsed.hash.replace(/^#!?/, "");
  if (hash.startsWith("/")) {
    const queryAt = hash.indexOf("?");
    paths.push(queryAt < 0 ? hash : hash.slice(0, queryAt));
    params.push(new URLSearchParams(queryAt < 0 ? "" : hash.slice(queryAt + 1)));
  }
  return { host: parsed.hostname.toLowerCase(), paths, params };
}

export function pageKind(url: string, title?: string): PageKind {
  const location = locate(url);
  if (!location) return "unknown";
  for (const path of location.paths) {
    const route = ROUTES.find((r) => r.hosts.test(location.host) && r.path.test(path));
    if (route) return route.kind;
    if (title && SELLER_CENTER_HOST.test(location.host) && DISPUTE_APP_ROOT.test(path)) {
      if (DETAIL_TITLES.test(title)) return "dispute-detail";
      if (LIST_TITLES.test(title)) return "dispute-list";
    }
  }
  return "unknown";
}

function param(url: string | URL, names: readonly string[]): string | null {
  const location = locate(url);
  if (!location) return null;
  for (const params of location.params) {
    for (const name of names) {
      const value = params.get(name)?.trim();
      if (value && /^\d+$/.test(value)) return value;
    }
  }
  return null;
}

// A link written plainly: printable ASCII, a query, no fragment, nothing percent-encoded, no "+" or "\\".
const PLAIN_HREF_WITH_QUERY = /^[^?#%+\\\s]*\?[^#%+\\\s]*$/;
const PRINTABLE_ASCII = /^[\x21-\x7e]*$/;

/**
 * `param(new URL(href, baseUrl), names)` for the links of a list (500 a page), read from the href text when it is
 * plain: its query is the URL's query as written, so no URL needs building. Anything else is parsed in full.
 */
function paramOfHref(href: string, baseUrl: string, names: readonly string[]): string | null {
  if (PLAIN_HREF_WITH_QUERY.test(href) && PRINTABLE_ASCII.test(href)) {
    const query = href.slice(href.indexOf("?") + 1);
    for (const name of names) {
      // URLSearchParams.get: the first pair with the name; a pair without "=" has the empty value.
      for (const pair of query.split("&")) {
        const equals = pair.indexOf("=");
        if ((equals < 0 ? pair : pair.slice(0, equals)) !== name) continue;
        const value = equals < 0 ? "" : pair.slice(equals + 1);
        if (/^\d+$/.test(value)) return value;
        break;
      }
    }
    return null;
  }
  let url: URL;
  try {
    url = new URL(href, baseUrl);
  } catch {
    return null;
  }
  return param(url, names);
}

/** The dispute id of a link to a detail page (its href as written, resolved against the page's URL). */
export function disputeIdFromHref(href: string, baseUrl: string): string | null {
  return paramOfHref(href, baseUrl, DISPUTE_ID_PARAMS);
}

/** The order id of a link to an order page. */
export function orderIdFromHref(href: string, baseUrl: string): string | null {
  return paramOfHref(href, baseUrl, ORDER_ID_PARAMS);
}

const DISPUTE_ID_PARAMS = ["reverseOrderLineId", "issueId"] as const;
const ORDER_ID_PARAMS = ["orderId"] as const;

/** The store's id (`channelId=…`), digits only. */
export function channelIdFromUrl(url: string): string | null {
  return param(url, ["channelId"]);
}

/** The dispute id of a detail URL: csp `reverseOrderLineId`, trade `issueId` (DOMAIN.md §3); digits only. */
export function disputeIdFromUrl(url: string | URL): string | null {
  return param(url, DISPUTE_ID_PARAMS);
}

/** The order id of an order-detail URL (`orderId=…`), digits only. */
export function orderIdFromUrl(url: string | URL): string | null {
  return param(url, ORDER_ID_PARAMS);
}

/** Logged out, every csp page redirects to login.aliexpress.com (DOMAIN.md §3). */
export function isLoginUrl(url: string): boolean {
  const location = locate(url);
  if (!location) return false;
  return /^(login|passport)\.aliexpress\.(com|ru|us)$/.test(location.host) || location.paths.some((p) => /\/user\/seller\/login/i.test(p));
}
