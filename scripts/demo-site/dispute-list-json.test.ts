import { readMtopResponse } from "../../lib/parse/mtop/read-mtop";
import { isFilteredListRequest } from "../../lib/content/merge-json-reading";
import { buildDemoDisputes, DEMO_STORES } from "./demo-disputes.ts";
import { demoListJsonPrefix, demoListJsonUrl, renderDisputeListJson } from "./dispute-list-json.ts";

const NOW = new Date("2026-11-20T18:30:00.000Z");

describe("the demo list's own JSON", () => {
  it("reads as the store's complete list: every dispute, exact ids and opening times", () => {
    const disputes = buildDemoDisputes(NOW).filter((d) => d.store === "en");
    const reading = readMtopResponse(renderDisputeListJson("en", buildDemoDisputes(NOW)), "America/Los_Angeles", { requestUrl: demoListJsonUrl(DEMO_STORES.en) });
    if ("error" in reading) throw new Error(reading.error);
    expect(reading.total).toBe(disputes.length);
    expect(reading.disputes.map((d) => [d.disputeId, d.orderId, d.openedAt])).toEqual(disputes.map((d) => [d.disputeId, d.orderId, d.openedAt.toISOString()]));
    expect(reading.warnings).toEqual([]);
  });

  it("is requested without a filter, at a URL the store's prefix answers", () => {
    const url = demoListJsonUrl(DEMO_STORES.zh);
    expect(url.startsWith(demoListJsonPrefix(DEMO_STORES.zh))).toBe(true);
    expect(isFilteredListRequest(url)).toBe(false);
  });
});
