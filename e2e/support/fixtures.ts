// The shared fixture pages (../shared/fixtures/pages, see its README) for browser tests. The tests
// read the project's own unchanged copy in e2e/fixtures/shared-pages, so they never depend on
// ../shared existing; fixtures.e2e.ts checks the copy against ../shared when it is there.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DisputeReading, OrderReading, PageKind } from "../../lib/model.ts";
import { repoRoot } from "./repo-paths.ts";
import type { SellerCenterServer } from "./seller-center-server.ts";

/** One entry of manifest.json: the page, where it was served, when it was saved, and its true reading. */
export interface FixturePage {
  file: string;
  url: string;
  now: string; // ISO-8601: countdowns on the page count from it
  expect: {
    kind: PageKind;
    disputes?: Partial<DisputeReading>[];
    orders?: Partial<OrderReading>[];
  };
}

/** The project's copy, used by the tests. */
export const projectFixturesDir = join(repoRoot, "e2e", "fixtures", "shared-pages");

/** ../shared/fixtures/pages beside the repo (CI puts a copy of shared/ there), or null when absent. */
export function sharedFixturesDir(): string | null {
  const dir = join(repoRoot, "..", "shared", "fixtures", "pages");
  return existsSync(join(dir, "manifest.json")) ? dir : null;
}

export function loadFixtureManifest(dir: string = projectFixturesDir): FixturePage[] {
  return JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as FixturePage[];
}

export function readFixtureHtml(file: string, dir: string = projectFixturesDir): string {
  return readFileSync(join(dir, file), "utf8");
}

/** The manifest entry for a file name, e.g. "dispute-detail-en-grid.html". */
export function fixturePage(file: string, dir: string = projectFixturesDir): FixturePage {
  const page = loadFixtureManifest(dir).find((entry) => entry.file === file);
  if (!page) throw new Error(`No fixture page "${file}" in ${dir}/manifest.json`);
  return page;
}

/** Serves one fixture at the URL the manifest gives it; returns its manifest entry. */
export function serveFixturePage(server: SellerCenterServer, file: string, dir: string = projectFixturesDir): FixturePage {
  const page = fixturePage(file, dir);
  server.page(page.url, readFixtureHtml(page.file, dir));
  return page;
}

/** Serves every fixture page at its URL; returns the manifest. */
export function serveAllFixturePages(server: SellerCenterServer, dir: string = projectFixturesDir): FixturePage[] {
  const pages = loadFixtureManifest(dir);
  for (const page of pages) server.page(page.url, readFixtureHtml(page.file, dir));
  return pages;
}
