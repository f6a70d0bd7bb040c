import { captureSellerResponses } from "@/lib/bridge/capture-responses";
import { SELLER_CENTER_MATCHES } from "@/lib/page/seller-center-hosts";

// MAIN world, document_start: sees the seller center's own responses before its scripts run; passes them on.
export default defineContentScript({
  matches: [...SELLER_CENTER_MATCHES],
  world: "MAIN",
  runAt: "document_start",
  main() {
    captureSellerResponses(window);
  },
});
