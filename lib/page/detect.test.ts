import type { PageKind } from "../model";
import fc from "fast-check";
import { channelIdFromUrl, disputeIdFromHref, disputeIdFromUrl, isLoginUrl, orderIdFromHref, orderIdFromUrl, pageKind } from "./detect";

// Every kind's URLs (DOMAIN.md §3): each kind says yes to its own and no to every other kind's.
const URLS: Record<Exclude<PageKind, "unknown">, readonly string[]> = {
  "dispute-list": [
    "https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=2285755",
    "https://csp.aliexpress.com/m_apps/dispute-management/list",
    "https://csp.aliexpress.com/m_apps/dispute-management/list/?channelId=1&tab=waiting",
    "https://csp.aliexpress.com/#/m_apps/dispute-management/list?channelId=2285755",
    "https://trade.aliexpress.com/issue/issue_list.htm",
    "https://trade.aliexpress.com/issue/issue_list.htm?page=2",
  ],
  "dispute-detail": [
    "https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=6357659057690538",
    "https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=6357659057690538&channelId=2285755",
    "https://csp.aliexpress.com/#/m_apps/dispute-management/detail?reverseOrderLineId=6357659057690538",
    "https://trade.aliexpress.com/issue/issue_detail.htm?issueId=6357659057690538",
  ],
  "order-list": [
    "https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=2285755",
    "https://csp.aliexpress.com/m_apps/order-manage/order_list",
    "https://gsp.aliexpress.com/apps/order/index",
    "https://gsp.aliexpress.com/apps/order/index?status=WAIT_SELLER_SEND_GOODS",
  ],
  "order-detail": [
    "https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8188189038990923&channelId=2687399",
    "https://csp.aliexpress.com/m_apps/order-manage/order_detail?orderId=8188189038990923",
    "https://gsp.aliexpress.com/apps/order/detail?orderId=8188189038990923",
    "https://trade.aliexpress.com/order_detail.htm?orderId=8188189038990923",
  ],
};

const NOT_SELLER_PAGES = [
  "",
  "not a url",
  "about:blank",
  "https://www.aliexpress.com/item/1005001234567890.html",
  "https://www.aliexpress.com/p/order/index.html",
  "https://csp.aliexpress.com/m_apps/product-manage/list",
  "https://csp.aliexpress.com/m_apps/dispute-management/listing",
  "https://csp.aliexpress.com/m_apps/dispute-management",
  "https://csp.aliexpress.com/",
  "https://evil.example.com/m_apps/dispute-management/list?channelId=1",
  "https://csp.aliexpress.com.evil.example/m_apps/dispute-management/list",
  "https://example.com/?next=https://csp.aliexpress.com/m_apps/dispute-management/list",
  "https://gsp.aliexpress.com/apps/order/indexes",
  "https://trade.aliexpress.com/issue/issue_list.html",
  "https://csp.aliexpress.com/issue/issue_list.htm",
  "https://login.aliexpress.com/user/seller/login?bizSegment=CSP",
];

describe("pageKind", () => {
  for (const [kind, urls] of Object.entries(URLS) as Array<[PageKind, readonly string[]]>) {
    for (const url of urls) {
      it(`${url} is ${kind} and no other kind`, () => {
        expect(pageKind(url)).toBe(kind);
      });
    }
  }

  it("no kind claims another kind's URL", () => {
    for (const [kind, urls] of Object.entries(URLS)) {
      for (const [otherKind, otherUrls] of Object.entries(URLS)) {
        if (otherKind === kind) continue;
        for (const url of otherUrls) expect(pageKind(url), url).not.toBe(kind);
      }
    }
  });

  it.each(NOT_SELLER_PAGES)("%s is unknown", (url) => {
    expect(pageKind(url)).toBe("unknown");
  });

  it("the dispute app's root is decided by the title only", () => {
    const root = "https://csp.aliexpress.com/m_apps/dispute-management/";
    expect(pageKind(root, "纠纷详情")).toBe("dispute-detail");
    expect(pageKind(root, "Dispute management")).toBe("dispute-list");
    expect(pageKind(root, "Products")).toBe("unknown");
    // A title never overrides a URL that says what it is.
    expect(pageKind(URLS["order-list"][0] as string, "纠纷详情")).toBe("order-list");
  });
});

describe("ids from URLs", () => {
  it("reads channelId, reverseOrderLineId, issueId and orderId as digit strings", () => {
    expect(channelIdFromUrl("https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=2285755")).toBe("2285755");
    expect(disputeIdFromUrl("https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=63576590576905381")).toBe("63576590576905381");
    expect(disputeIdFromUrl("https://trade.aliexpress.com/issue/issue_detail.htm?issueId=6357659057690538")).toBe("6357659057690538");
    expect(orderIdFromUrl("https://gsp.aliexpress.com/apps/order/detail?orderId=8188189038990923")).toBe("8188189038990923");
    expect(disputeIdFromUrl("https://csp.aliexpress.com/#/m_apps/dispute-management/detail?reverseOrderLineId=6357659057690538")).toBe("6357659057690538");
  });

  it("refuses what is not digits, and missing parameters", () => {
    expect(disputeIdFromUrl("https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=12ab")).toBeNull();
    expect(disputeIdFromUrl("https://csp.aliexpress.com/m_apps/dispute-management/detail")).toBeNull();
    expect(channelIdFromUrl("https://csp.aliexpress.com/m_apps/dispute-management/list")).toBeNull();
    expect(channelIdFromUrl("garbage")).toBeNull();
  });

  it("knows the login page the seller center redirects to", () => {
    expect(isLoginUrl("https://login.aliexpress.com/user/seller/login?bizSegment=CSP")).toBe(true);
    expect(isLoginUrl(URLS["dispute-list"][0] as string)).toBe(false);
    expect(isLoginUrl("nonsense")).toBe(false);
  });
});

describe("ids from a link's href", () => {
  const base = "https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=9000001&reverseOrderLineId=1111";
  // The full parse the plain-href reading must agree with.
  const viaUrl = (href: string, names: "dispute" | "order"): string | null => {
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      return null;
    }
    return names === "dispute" ? disputeIdFromUrl(url) : orderIdFromUrl(url);
  };

  it("reads plain links without parsing them", () => {
    expect(disputeIdFromHref("/m_apps/dispute-management/detail?reverseOrderLineId=6351000000000002", base)).toBe("6351000000000002");
    expect(disputeIdFromHref("issue_detail.htm?issueId=42&x=1", base)).toBe("42");
    expect(disputeIdFromHref("detail?reverseOrderLineId=abc&issueId=7", base)).toBe("7");
    expect(disputeIdFromHref("detail?reverseOrderLineId=&reverseOrderLineId=5", base)).toBeNull();
    expect(orderIdFromHref("https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8183000000000001", base)).toBe("8183000000000001");
  });

  it("falls back to the full parse for escapes, fragments, spaces and query-less links", () => {
    expect(disputeIdFromHref("detail?reverseOrderLineId=%361", base)).toBe("61");
    expect(disputeIdFromHref("#/m_apps/dispute-management/detail?reverseOrderLineId=77", base)).toBe("1111");
    expect(disputeIdFromHref(" detail?reverseOrderLineId=8 ", base)).toBe("8");
    expect(disputeIdFromHref("", base)).toBe("1111");
    expect(disputeIdFromHref("http://[bad", base)).toBeNull();
  });

  it("gives the full parse's answer for any href", () => {
    const piece = fc.constantFrom("reverseOrderLineId", "issueId", "orderId", "=", "&", "?", "#", "/", "%31", "+", " ", "1", "23", "x", "detail", "\t", "é", "\\", "javascript:", "https://csp.aliexpress.com/");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join("")), (href) => {
        expect(disputeIdFromHref(href, base)).toBe(viaUrl(href, "dispute"));
        expect(orderIdFromHref(href, base)).toBe(viaUrl(href, "order"));
      }),
      { numRuns: 3000 },
    );
  });
});
