import { render } from "preact";
import { overlayStyles } from "@/components/overlay-styles";
import { LiveOverlayBadge } from "@/components/live-overlay-badge";
import { createSellerPage } from "@/lib/content/seller-page";
import { adoptOverlayStyles } from "@/lib/content/adopt-styles";
import { announceReady, listenToBridge } from "@/lib/content/bridge-listener";
import { provisionalOverlays } from "@/lib/content/provisional-overlays";
import { createLazyRenderer } from "@/lib/content/lazy-render";
import { resolveUiLanguage } from "@/lib/i18n/resolve-ui-language";
import { sendMessage } from "@/lib/messages";
import { readPage, readPageInSlices } from "@/lib/parse/read-page";
import { afterNextFrame, yieldToPage } from "@/lib/content/yield-to-page";
import { prepareReader } from "@/lib/parse/prepare-reader";
import { pageKind } from "@/lib/page/detect";
import { SELLER_CENTER_MATCHES } from "@/lib/page/seller-center-hosts";

// Wiring only: the page's reading, overlays and JSON all go through lib/content; this file connects them to
// the browser (messages, location changes, the visit's lifetime).
export default defineContentScript({
  matches: [...SELLER_CENTER_MATCHES],
  runAt: "document_start",
  main(ctx) {
    // The first DateTimeFormat loads the zone data (≈ 15 ms): asked for when the first badge is drawn, not at start-up.
    let browserZone: string | undefined;
    const zoneOfBrowser = () => (browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
    const page = createSellerPage({
      doc: document,
      currentUrl: () => location.href,
      clock: () => new Date(),
      readPage,
      // 50 rows a slice: a 500-row list is read in tasks of well under 50 ms, the page answering between them.
      readPageAsync: (root, url, now, zone, hooks) => readPageInSlices(root, url, now, zone, { ...hooks, yieldEvery: 50, yieldTo: yieldToPage }),
      provisional: provisionalOverlays,
      lazy: createLazyRenderer(window, "200px 0px", (work) => void yieldToPage().then(work)),
      initialLanguage: resolveUiLanguage("auto", navigator.language),
      send: (reading) => sendMessage("reading", { reading }),
      render: (shadow, overlay, answer) => {
        adoptOverlayStyles(shadow, overlayStyles);
        let mount = shadow.querySelector<HTMLElement>("[data-sentinel-mount]");
        if (!mount) {
          mount = document.createElement("span");
          mount.setAttribute("data-sentinel-mount", "");
          shadow.appendChild(mount);
        }
        const draw = (checklist: Record<string, boolean>) =>
          render(
            <LiveOverlayBadge
              record={{ ...overlay.record, checklist }}
              deadlines={overlay.deadlines}
              unknown={overlay.unknown}
              lang={answer.uiLanguage}
              browserZone={zoneOfBrowser()}
              platformZone={answer.platformZone}
              defaultExpanded={false}
              onCopyReply={(text) => navigator.clipboard.writeText(text).then(() => true, () => false)}
              loadReplies={(language, values) =>
                sendMessage("suggested-replies", { reason: overlay.record.reason, status: overlay.record.status, language, values }).then((r) => r.replies)
              }
              onToggleChecklist={(itemId) =>
                void sendMessage("toggle-checklist", { disputeId: overlay.disputeId, itemId }).then((r) => draw(r.checklist))
              }
            />,
            mount,
          );
        draw(overlay.record.checklist);
      },
      unrender: (shadow) => {
        const mount = shadow.querySelector<HTMLElement>("[data-sentinel-mount]");
        if (mount) render(null, mount);
      },
    });
    listenToBridge(window, ctx.signal, (json) => page.acceptJson(json), () => page.zone);
    // The zone's data and the value patterns are made ready while the page is still loading.
    // Only where a read will follow: not on the seller center's other pages.
    if (pageKind(location.href) !== "unknown") void prepareReader(page.zone, new Date(), yieldToPage);
    // Loaded at document_start so the first read can begin as soon as the rows are parsed (DOMContentLoaded)
    // and the page has drawn them once, instead of waiting for document_idle.
    const start = () => void afterNextFrame(window).then(() => {
      if (ctx.isValid) page.visit();
    });
    if (document.readyState === "loading") ctx.addEventListener(document, "DOMContentLoaded", start, { once: true });
    else start();
    ctx.addEventListener(window, "wxt:locationchange", () => {
      // Still loading: the visit starts with DOMContentLoaded.
      if (document.readyState === "loading") return;
      page.visit();
      announceReady(window);
    });
    ctx.onInvalidated(() => page.stop());
  },
});
