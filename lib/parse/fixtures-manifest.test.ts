// Walks lib/parse/__fixtures__/manifest.json (the hand-made pages of issue 3) the way the shared
// fixtures are walked: each page parsed by jsdom at its URL, read at its saved `now` in Pacific time.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import { readPage } from "./read-page";
import { compareReading, type ManifestEntry } from "./__fixtures__/compare-reading";

const fixturesDir = fileURLToPath(new URL("./__fixtures__/", import.meta.url));
const manifest = JSON.parse(readFileSync(`${fixturesDir}manifest.json`, "utf8")) as ManifestEntry[];

describe("hand-made fixtures (lib/parse/__fixtures__/manifest.json)", () => {
  it("lists at least 24 pages", () => {
    expect(manifest.length).toBeGreaterThanOrEqual(24);
  });

  it.each(manifest.map((entry) => [entry.file, entry] as const))("%s", (_file, entry) => {
    const html = readFileSync(`${fixturesDir}pages/${entry.file}`, "utf8");
    const dom = new JSDOM(html, { url: entry.url });
    const reading = readPage(dom.window.document, entry.url, new Date(entry.now), "America/Los_Angeles");
    expect(compareReading(reading, entry.expect)).toEqual([]);
    expect(reading.url).toBe(entry.url);
    expect(Date.parse(reading.readAt)).toBe(Date.parse(entry.now));
  });
});
