// @vitest-environment jsdom
import { indexOverlayContainers } from "./find-container";
import type { PageKind } from "../model";

const findOverlayContainer = (doc: Document, kind: PageKind, dispute: { disputeId: string; orderId: string | null }) =>
  indexOverlayContainers(doc, kind).find(dispute);

describe("findOverlayContainer", () => {
  it("finds a list row's cell by its detail link, skipping the pinned-column copy", () => {
    document.body.innerHTML = `
      <div class="ait-table-lock-left"><table><tr><td id="lock"><a href="/detail?reverseOrderLineId=6351074783626585">Detail</a></td></tr></table></div>
      <table><tr><td id="main"><a href="/m_apps/dispute-management/detail?reverseOrderLineId=6351074783626585">Detail</a></td></tr></table>`;
    expect(findOverlayContainer(document, "dispute-list", { disputeId: "6351074783626585", orderId: null })?.id).toBe("main");
  });

  it("falls back to the cell holding the order number, ignoring hidden copies", () => {
    document.body.innerHTML = `
      <table><tr><td><span style="display:none">8183974713700486</span></td><td id="visible"><span>订单号：8183974713700486</span></td></tr></table>`;
    expect(findOverlayContainer(document, "dispute-list", { disputeId: "1", orderId: "8183974713700486" })?.id).toBe("visible");
  });

  it("returns null for a list row it cannot find", () => {
    document.body.innerHTML = `<table><tr><td>nothing</td></tr></table>`;
    expect(findOverlayContainer(document, "dispute-list", { disputeId: "1", orderId: "2" })).toBeNull();
  });

  it("puts a detail page's overlay beside the dispute id", () => {
    document.body.innerHTML = `<main><div id="block"><span>纠纷号：</span><span>6357659057690538</span></div></main>`;
    expect(findOverlayContainer(document, "dispute-detail", { disputeId: "6357659057690538", orderId: null })?.id).toBe("block");
  });
});
