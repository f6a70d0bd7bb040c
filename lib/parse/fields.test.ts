// Times in the repeated hour when daylight saving ends are read as the earlier instant and said so (DOMAIN.md §2).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import type { PageReading } from "../model";
import { readPage } from "./read-page";

const ZONE = "America/Los_Angeles";

function readFixture(file: string, url: string, now: string): PageReading {
  const html = readFileSync(fileURLToPath(new URL(`./__fixtures__/pages/${file}`, import.meta.url)), "utf8");
  return readPage(new JSDOM(html, { url }).window.document, url, new Date(now), ZONE);
}

describe("ambiguous wall times (the repeated hour when daylight saving ends)", () => {
  it("a list saved on the switch day warns for each opening time in the repeated hour, and only those", () => {
    const reading = readFixture("dispute-list-zh-dst-fall-2026.html", "https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=2285755", "2026-11-01T09:20:00.000Z");
    const ambiguous = reading.warnings.filter((w) => w.includes("ambiguous"));
    expect(ambiguous).toContain("dispute 6351116246148001: 2026-11-01 01:30:00 is ambiguous (daylight saving ends); read as the earlier instant");
    expect(ambiguous).toContain("dispute 6351116246148004: 2026年11月1日 01:05 is ambiguous (daylight saving ends); read as the earlier instant");
    // The earlier instant is PDT (UTC−7): 01:30 → 08:30Z.
    expect(reading.disputes.find((d) => d.disputeId === "6351116246148001")?.openedAt).toBe("2026-11-01T08:30:00.000Z");
    for (const warning of ambiguous) expect(warning).toMatch(/ 01:\d\d/);
  });

  it("a detail page warns for its 'Last modified' time in the repeated hour, not for its other times", () => {
    const reading = readFixture(
      "dispute-detail-en-dst-fall-2025.html",
      "https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=6351116246149001",
      "2025-11-02T08:20:00.000Z",
    );
    expect(reading.warnings.filter((w) => w.includes("ambiguous"))).toEqual([
      "dispute 6351116246149001: Nov 2, 2025 01:10:00 is ambiguous (daylight saving ends); read as the earlier instant",
    ]);
  });

  it("a list on an ordinary day has no ambiguity warning", () => {
    const reading = readFixture("dispute-list-en-dst-spring-2026.html", "https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=2285755", "2026-03-08T12:00:00.000Z");
    expect(reading.disputes.length).toBeGreaterThan(0);
    expect(reading.warnings.filter((w) => w.includes("ambiguous"))).toEqual([]);
  });

  it("an ambiguous history entry time is named too", () => {
    const url = "https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=6351116246149002";
    const body = `<div><span>Order ID:</span> <span>8290707873464002</span></div><div><span>Status:</span> <span>Awaiting your response</span></div>
      <h3>Dispute history</h3><ul><li>2025-10-30 09:00:00 Buyer opened the dispute</li><li>2025-11-02 01:40:00 Seller rejected</li></ul>`;
    const doc = new JSDOM(`<!doctype html><html><head><title>Dispute detail</title></head><body>${body}</body></html>`, { url }).window.document;
    const reading = readPage(doc, url, new Date("2025-11-03T00:00:00.000Z"), ZONE);
    expect(reading.disputes[0]?.history?.length).toBe(2);
    expect(reading.warnings.filter((w) => w.includes("ambiguous"))).toEqual([
      'dispute 6351116246149002: history entry "2025-11-02 01:40:00 Seller rejected" is ambiguous (daylight saving ends); read as the earlier instant',
    ]);
  });
});
