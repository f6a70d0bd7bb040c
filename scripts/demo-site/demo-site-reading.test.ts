// The demo is only worth showing if the extension's own reader (the code the content script runs)
// reads it as the sample data says: ids, status, reason, money, times, and the page's deadlines.
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { readPage } from "../../lib/parse/read-page.ts";
import type { DisputeReading } from "../../lib/model.ts";
import type { DemoDispute } from "./demo-disputes.ts";
import { PLATFORM_ZONE } from "./platform-time.ts";
import { registerDemoSite } from "./register-demo-site.ts";

const NOW = new Date("2026-11-20T18:30:00.000Z");
const TWO_MINUTES = 2 * 60_000;

function demoPages(now: Date) {
  const pages = new Map<string, () => string>();
  const json = new Map<string, unknown>();
  const site = registerDemoSite(
    { page: (url, html) => pages.set(url, typeof html === "function" ? html : () => html), json: (prefix, body) => json.set(prefix, body) },
    now,
  );
  const read = (url: string) => {
    const render = pages.get(url);
    if (!render) throw new Error(`not registered: ${url}`);
    return readPage(new JSDOM(render()).window.document, url, now, PLATFORM_ZONE);
  };
  return { site, read, json };
}

function expectReadAsDemo(reading: DisputeReading | undefined, dispute: DemoDispute): void {
  expect(reading, dispute.disputeId).toBeDefined();
  expect(reading).toMatchObject({
    disputeId: dispute.disputeId,
    orderId: dispute.orderId,
    status: dispute.status,
    reason: dispute.reason,
    refundRequested: dispute.refundRequested,
    openedAt: dispute.openedAt.toISOString(),
  });
  if (dispute.deadline === null) {
    expect(reading?.deadline, dispute.disputeId).toBeNull();
  } else {
    // Countdowns show whole minutes (or seconds): the reading may be up to a minute early, never late.
    const read = Date.parse(reading?.deadline ?? "");
    expect(dispute.deadline.getTime() - read, dispute.disputeId).toBeGreaterThanOrEqual(0);
    expect(dispute.deadline.getTime() - read, dispute.disputeId).toBeLessThan(TWO_MINUTES);
  }
}

describe("the demo seller center, read by lib/parse", () => {
  const { site, read } = demoPages(NOW);

  for (const language of ["zh", "en"] as const) {
    it(`reads every row of the ${language} dispute list as the sample data says`, () => {
      const reading = read(site.listUrls[language]);
      expect(reading.kind).toBe("dispute-list");
      const disputes = site.disputes.filter((dispute) => dispute.store === language);
      expect(reading.disputes.map((row) => row.disputeId)).toEqual(disputes.map((dispute) => dispute.disputeId));
      for (const dispute of disputes) expectReadAsDemo(reading.disputes.find((row) => row.disputeId === dispute.disputeId), dispute);
    });
  }

  it("reads every detail page as the sample data says, with its last-modified time", () => {
    for (const dispute of site.disputes) {
      const reading = read(site.detailUrls[dispute.disputeId] ?? "");
      expect(reading.kind).toBe("dispute-detail");
      expect(reading.disputes).toHaveLength(1);
      expectReadAsDemo(reading.disputes[0], dispute);
      expect(reading.disputes[0]?.updatedAt, dispute.disputeId).toBe(dispute.updatedAt.toISOString());
      expect(reading.disputes[0]?.trackingNumber, dispute.disputeId).toBe(dispute.trackingNumber);
    }
  });
});
