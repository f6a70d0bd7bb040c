import { createSellerPage } from "@/lib/content/seller-page";
import { announceReady, listenToBridge } from "@/lib/content/bridge-listener";
import type { OverlayActions } from "@/lib/content/draw-overlay";
import type { OverlayPanel } from "@/components/overlay-badge";

const DISPUTE_PAGE_PANEL_KEY = "disputePagePanel";
import { createChunkLoader, type ContentChunks } from "@/lib/content/load-chunk";
import { overlayDrawPlan } from "@/lib/content/overlay-draw-plan";
import { createLazyRenderer } from "@/lib/content/lazy-render";
import { resolveUiLanguage } from "@/lib/i18n/resolve-ui-language";
import { sendMessage } from "@/lib/messages";
import { readPage, readPageInSlices } from "@/lib/parse/read-page";
import { afterNextFrame, yieldToPage } from "@/lib/content/yield-to-page";
import { prepareReader } from "@/lib/parse/prepare-reader";
import { pageKind } from "@/lib/page/detect";
import { SELLER_CENTER_MATCHES } from "@/lib/page/seller-center-hosts";

// Wiring only: the page's reading, overlays and JSON all go through lib/content; this file connects them to
// the browser (messages, location changes, the visit's lifetime). The overlay UI and the JSON reader are
// separate modules (lib/content/chunks), imported when a page first needs them.
export default defineContentScript({
  matches: [...SELLER_CENTER_MATCHES],
  runAt: "document_start",
  main(ctx) {
    const loadChunk = createChunkLoader((path) => browser.runtime.getURL(path));
    // How overlays reach a long list (issue 14): the product's plan, or the one a bench build names.
    const plan = overlayDrawPlan(import.meta.env.WXT_OVERLAY_STRATEGY);
    let overlayUi: ContentChunks["overlay-ui"] | null = null;
    const loadOverlayUi = () => loadChunk("overlay-ui").then((ui) => (overlayUi = ui));
    // The first DateTimeFormat loads the zone data (≈ 15 ms): asked for when the first badge is drawn, not at start-up.
    let browserZone: string | undefined;
    // The dispute page's panel opens as the seller last left it (issue 11); lists keep every badge closed.
    const onDisputePage = () => pageKind(location.href) === "dispute-detail";
    let disputePagePanel: OverlayPanel | null = null;
    void browser.storage.local.get(DISPUTE_PAGE_PANEL_KEY).then((stored) => {
      const panel = stored[DISPUTE_PAGE_PANEL_KEY];
      if (panel === "checklist" || panel === "replies") disputePagePanel = panel;
    });
    const actions: OverlayActions = {
      rememberedPanel: () => (onDisputePage() ? disputePagePanel : undefined),
      rememberPanel: (panel) => {
        if (!onDisputePage()) return;
        disputePagePanel = panel;
        void browser.storage.local.set({ [DISPUTE_PAGE_PANEL_KEY]: panel });
      },
      browserZone: () => (browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone),
      copyText: (text) => navigator.clipboard.writeText(text).then(() => true, () => false),
      suggestedReplies: (request) => sendMessage("suggested-replies", request).then((r) => r.replies),
      toggleChecklist: (disputeId, itemId) => sendMessage("toggle-checklist", { disputeId, itemId }).then((r) => r.checklist),
      setBuyerLanguage: (disputeId, language) => void sendMessage("set-buyer-language", { disputeId, language }).catch(() => undefined),
      disputeEvidence: (disputeId, language) => sendMessage("dispute-evidence", { disputeId, language }),
    };
    const page = createSellerPage({
      doc: document,
      currentUrl: () => location.href,
      clock: () => new Date(),
      readPage,
      // 50 rows a slice: a 500-row list is read in tasks of well under 50 ms, the page answering between them.
      readPageAsync: (root, url, now, zone, hooks) => readPageInSlices(root, url, now, zone, { ...hooks, yieldEvery: 50, yieldTo: yieldToPage }),
      // Awaits the overlay chunk (fetched early on dispute pages); if it cannot load, the background's answer draws.
      provisional: (reading, now, ruleHours) => loadOverlayUi().then((ui) => ui.provisionalOverlays(reading, now, ruleHours), () => []),
      // Rows near the viewport are drawn after the frame that found them, in batches of plan.perBatch per frame.
      lazy: createLazyRenderer(window, {
        rootMargin: plan.rootMargin,
        later: (work) => void afterNextFrame(window).then(work),
        perBatch: plan.perBatch,
      }),
      initialLanguage: resolveUiLanguage("auto", navigator.language),
      send: (reading) => sendMessage("reading", { reading }),
      render: (shadow, overlay, answer) => {
        if (overlayUi) overlayUi.drawOverlay(shadow, overlay, answer, actions);
        else void loadOverlayUi().then((ui) => ui.drawOverlay(shadow, overlay, answer, actions));
      },
      unrender: (shadow) => overlayUi?.clearOverlay(shadow),
    });
    listenToBridge(
      window,
      ctx.signal,
      (message, receivedAt) => loadChunk("page-json").then((json) => json.jsonReadingFromBridge(message, page.zone, receivedAt)),
      (json) => page.acceptJson(json),
    );
    // The zone's data and the value patterns are made ready while the page is still loading, and on dispute
    // pages the overlay chunk is fetched then too. Only where a read will follow: not on the seller center's other pages.
    const kind = pageKind(location.href);
    if (kind !== "unknown") {
      const prepared = prepareReader(page.zone, new Date(), yieldToPage);
      if (kind === "dispute-list" || kind === "dispute-detail") void prepared.then(loadOverlayUi).catch(() => undefined);
    }
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
