// Walks the shared fixtures manifest (and engineer C's, when present): every expectation must hold.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import type { DisputeReading, OrderReading, PageReading } from "../model";
import { readPage } from "./read-page";

interface ManifestEntry {
  file: string;
  url: string;
  now: string;
  expect: {
    kind: string;
    pageState?: string;
    disputes?: Array<Record<string, unknown>>;
    orders?: Array<Record<string, unknown>>;
  };
}

const ZONE = "America/Los_Angeles";
const DEADLINE_FIELDS = new Set(["deadline", "shipDeadline"]);
const TIME_FIELDS = new Set(["openedAt", "updatedAt", "paidAt", "shippedAt", "deliveredAt"]);

const manifests = [
  new URL("../../../shared/fixtures/pages/manifest.json", import.meta.url),
  new URL("./__fixtures__/manifest.json", import.meta.url),
].filter((url) => existsSync(fileURLToPath(url)));

function checkField(where: string, field: string, actual: unknown, expected: unknown): void {
  if ((DEADLINE_FIELDS.has(field) || TIME_FIELDS.has(field)) && typeof expected === "string") {
    expect(typeof actual, `${where}.${field}: expected ${expected}, got ${String(actual)}`).toBe("string");
    const difference = Math.abs(Date.parse(String(actual)) - Date.parse(expected));
    // Deadlines within 2 minutes (countdowns drop seconds), other times to the second.
    const tolerance = DEADLINE_FIELDS.has(field) ? 120_000 : 999;
    expect(difference, `${where}.${field}: expected ${expected}, got ${String(actual)}`).toBeLessThanOrEqual(tolerance);
    return;
  }
  expect(actual, `${where}.${field}`).toEqual(expected);
}

function checkRecords(where: string, actual: ReadonlyArray<DisputeReading | OrderReading>, expected: ReadonlyArray<Record<string, unknown>>, key: "disputeId" | "orderId"): void {
  expect(actual.length, `${where}: number of ${key === "disputeId" ? "disputes" : "orders"}`).toBe(expected.length);
  for (const wanted of expected) {
    const id = wanted[key];
    const found = actual.find((record) => (record as unknown as Record<string, unknown>)[key] === id);
    expect(found, `${where}: ${key} ${String(id)} not read`).toBeDefined();
    if (!found) continue;
    const record = found as unknown as Record<string, unknown>;
    for (const [field, value] of Object.entries(wanted)) checkField(`${where} ${String(id)}`, field, record[field], value);
  }
}

for (const manifestUrl of manifests) {
  const entries = JSON.parse(readFileSync(manifestUrl, "utf8")) as ManifestEntry[];
  describe(`fixtures of ${fileURLToPath(manifestUrl)}`, () => {
    it.each(entries.map((entry) => [entry.file, entry] as const))("%s", (_file, entry) => {
      // The shared manifest sits beside its pages; engineer C's keeps them in pages/.
      const beside = new URL(entry.file, manifestUrl);
      const html = readFileSync(existsSync(fileURLToPath(beside)) ? beside : new URL(`pages/${entry.file}`, manifestUrl), "utf8");
      const dom = new JSDOM(html, { url: entry.url });
      const reading: PageReading = readPage(dom.window.document, entry.url, new Date(entry.now), ZONE);
      expect(reading.kind).toBe(entry.expect.kind);
      if (entry.expect.pageState !== undefined) expect(reading.pageState).toBe(entry.expect.pageState);
      if (entry.expect.disputes) checkRecords(entry.file, reading.disputes, entry.expect.disputes, "disputeId");
      if (entry.expect.orders) checkRecords(entry.file, reading.orders, entry.expect.orders, "orderId");
    });
  });
}
