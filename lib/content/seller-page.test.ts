// @vitest-environment jsdom
import { emptyDisputeRecord, type DisputeReading, type PageReading } from "../model";
import type { OverlayState } from "../messages";
import { createSellerPage, type ReadingAnswer } from "./seller-page";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function dispute(id: string): DisputeReading {
  return {
    disputeId: id, orderId: null, status: "awaiting-seller", statusText: null, reason: "unknown", reasonText: null, buyer: null,
    productTitle: null, refundRequested: null, orderAmount: null, openedAt: null, updatedAt: null, deadline: null, deadlineText: null,
    trackingNumber: null, carrier: null,
  };
}

/** A stand-in reader: one dispute per detail link (the real reader is tested on saved pages). */
function readLinks(root: Document, url: string, now: Date): PageReading {
  const ids = Array.from(root.querySelectorAll("a[href*='reverseOrderLineId=']")).map((a) => /reverseOrderLineId=(\d+)/.exec(a.getAttribute("href") ?? "")?.[1] ?? "");
  return { kind: "dispute-list", pageState: ids.length ? "ok" : "loading", url, readAt: now.toISOString(), disputes: ids.map(dispute), orders: [], warnings: [] };
}

function overlayFor(id: string): OverlayState {
  return { disputeId: id, record: { ...emptyDisputeRecord(id, "2026-11-27T00:00:00.000Z"), status: "awaiting-seller" }, deadlines: [], unknown: [], deadline: null };
}

function renderRows(ids: string[]) {
  const table = document.createElement("table");
  for (const id of ids) {
    const cell = table.insertRow().insertCell();
    const link = document.createElement("a");
    link.href = `/m_apps/dispute-management/detail?reverseOrderLineId=${id}`;
    link.textContent = "Details";
    cell.appendChild(link);
  }
  document.body.replaceChildren(table);
}

function setup() {
  const sent: PageReading[] = [];
  const rendered: string[] = [];
  let url = "https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=1";
  const page = createSellerPage({
    doc: document,
    currentUrl: () => url,
    clock: () => new Date("2026-11-20T18:30:00Z"),
    readPage: readLinks,
    send: async (reading): Promise<ReadingAnswer> => {
      sent.push(reading);
      return { overlays: reading.disputes.map((d) => overlayFor(d.disputeId ?? "")), uiLanguage: "en", platformZone: "America/Los_Angeles" };
    },
    render: (shadow, overlay) => {
      shadow.textContent = `overlay ${overlay.disputeId}`;
      rendered.push(overlay.disputeId);
    },
    debounceMs: 20,
    maxWaitMs: 100,
  });
  return { page, sent, rendered, setUrl: (next: string) => (url = next) };
}

describe("createSellerPage", () => {
  beforeEach(() => document.body.replaceChildren());

  it("waits for rows that arrive late, then sends one reading and mounts one overlay per dispute", async () => {
    const { page, sent } = setup();
    page.visit();
    await tick(30);
    expect(sent).toHaveLength(0);
    renderRows(["6351074783626585", "6319677041676999"]);
    await vi.waitFor(() => expect(document.querySelectorAll("[data-sentinel-dispute]")).toHaveLength(2));
    expect(sent).toHaveLength(1);
    page.stop();
  });

  it("keeps exactly one overlay per dispute while the table re-renders three times", async () => {
    const { page } = setup();
    renderRows(["1000000000000001", "1000000000000002", "1000000000000003"]);
    page.visit();
    for (let i = 0; i < 3; i++) {
      await tick(60);
      renderRows(["1000000000000001", "1000000000000002", "1000000000000003"]);
    }
    await tick(120);
    await vi.waitFor(() => expect(document.querySelectorAll("[data-sentinel-dispute]")).toHaveLength(3));
    for (const id of ["1000000000000001", "1000000000000002", "1000000000000003"]) {
      const hosts = document.querySelectorAll(`[data-sentinel-dispute='${id}']`);
      expect(hosts).toHaveLength(1);
      expect(hosts[0]!.closest("td")?.querySelector("a")?.getAttribute("href")).toContain(id);
    }
    page.stop();
  });

  it("asks the background only when the reading changed; a re-render redraws from the last answer", async () => {
    const { page, sent } = setup();
    renderRows(["1000000000000001", "1000000000000002"]);
    page.visit();
    await vi.waitFor(() => expect(document.querySelectorAll("[data-sentinel-dispute]")).toHaveLength(2));
    renderRows(["1000000000000001", "1000000000000002"]);
    await vi.waitFor(() => expect(document.querySelectorAll("[data-sentinel-dispute]")).toHaveLength(2));
    expect(sent).toHaveLength(1);
    renderRows(["1000000000000001", "1000000000000002", "1000000000000003"]);
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    page.stop();
  });

  it("removes an overlay when its row goes", async () => {
    const { page } = setup();
    renderRows(["1000000000000001", "1000000000000002"]);
    page.visit();
    await tick(60);
    renderRows(["1000000000000002"]);
    await vi.waitFor(() => expect(document.querySelectorAll("[data-sentinel-dispute]")).toHaveLength(1));
    expect(Array.from(document.querySelectorAll("[data-sentinel-dispute]")).map((h) => h.getAttribute("data-sentinel-dispute"))).toEqual(["1000000000000002"]);
    page.stop();
  });

  it("stops the previous visit's work when the URL changes", async () => {
    const { page, sent, setUrl } = setup();
    renderRows(["1000000000000001"]);
    page.visit();
    await tick(60);
    setUrl("https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=2");
    page.visit();
    await vi.waitFor(() => expect(sent.at(-1)?.url).toContain("channelId=2"));
    const before = sent.length;
    page.stop();
    renderRows(["1000000000000009"]);
    await tick(120);
    expect(sent.length).toBe(before);
    expect(sent.at(-1)?.url).toContain("channelId=2");
  });
});
