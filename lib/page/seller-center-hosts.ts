// Seller-center hosts of DOMAIN.md §3: the current (csp), the older global (gsp) and the pre-2018 (trade) centers.
// The manifest's host permissions and every content script's matches come from this one list.
export const SELLER_CENTER_MATCHES = [
  "https://csp.aliexpress.com/*",
  "https://gsp.aliexpress.com/*",
  "https://trade.aliexpress.com/*",
] as const;
