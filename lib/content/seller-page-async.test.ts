// @vitest-environment jsdom
// The content script with a sliced reader (deps.readPageAsync, issue 4): used instead of readPage, and a reading
// that finishes after the seller navigated away is dropped.
import type { DisputeReading, PageReading } from "../model";
import { createSellerPage, type ReadingAnswer } from "./seller-page";

const LIST = "https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=1";

function dispute(id: string): DisputeReading {
  return {
    disputeId: id, orderId: null, status: "awaiting-seller", statusText: null, reason: "unknown", reasonText: null, buyer: null,
    productTitle: null, refundRequested: null, orderAmount: null, openedAt: null, updatedAt: null, deadline: null, deadlineText: null,
    trackingNumber: null, carrier: null,
  };
}

function listReading(url: string, now: Date, ids: string[]): PageReading {
  return { kind: "dispute-list", pageState: "ok", url, readAt: now.toISOString(), disputes: ids.map(dispute), orders: [], warnings: [] };
}

function renderRow(id: string): void {
  const table = document.createElement("table");
  const link = document.createElement("a");
  link.href = `/m_apps/dispute-management/detail?reverseOrderLineId=${id}`;
  link.textContent = "Details";
  table.insertRow().insertCell().appendChild(link);
  document.body.replaceChildren(table);
}

function setup(readPageAsync: (root: Document, url: string, now: Date) => Promise<PageReading>) {
  const sent: PageReading[] = [];
  let syncReads = 0;
  let url = LIST;
  const page = createSellerPage({
    doc: document,
    currentUrl: () => url,
    clock: () => new Date("2026-11-20T18:30:00Z"),
    readPage: (_root, readUrl, now) => {
      syncReads++;
      return listReading(readUrl, now, []);
    },
    readPageAsync,
    send: async (reading): Promise<ReadingAnswer> => {
      sent.push(reading);
      return { overlays: [], uiLanguage: "en", platformZone: "America/Los_Angeles" };
    },
    render: () => undefined,
    debounceMs: 20,
    maxWaitMs: 100,
  });
  return { page, sent, syncReads: () => syncReads, setUrl: (next: string) => (url = next) };
}

describe("createSellerPage with readPageAsync", () => {
  beforeEach(() => renderRow("6351074783626585"));

  it("reads through readPageAsync, never readPage, and sends its reading", async () => {
    const { page, sent, syncReads } = setup(async (_root, url, now) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return listReading(url, now, ["6351074783626585"]);
    });
    page.visit();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.disputes.map((d) => d.disputeId)).toEqual(["6351074783626585"]);
    expect(page.lastReading?.disputes).toHaveLength(1);
    expect(syncReads()).toBe(0);
    page.stop();
  });

  it("drops a sliced reading that ends after the seller navigated to another page", async () => {
    const pending: Array<(reading: PageReading) => void> = [];
    const { page, sent, setUrl } = setup((_root, url, now) => new Promise((resolve) => pending.push(() => resolve(listReading(url, now, ["6351074783626585"])))));
    page.visit();
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    setUrl(`${LIST}&page=2`);
    page.visit();
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    pending[0]?.(listReading(LIST, new Date(), []));
    pending[1]?.(listReading(LIST, new Date(), []));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Only the second visit's reading went out.
    expect(sent.map((r) => r.url)).toEqual([`${LIST}&page=2`]);
    page.stop();
  });
});
