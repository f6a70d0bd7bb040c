// Saved pages with their manifest entries, for the tests that mutate every fixture page: the shared pages
// beside the project (when ../shared is there) and the project's own hand-made ones.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ManifestEntry } from "./compare-reading";

export interface ManifestPage {
  name: string;
  html: string;
  url: string;
  now: string;
  /** The zone its zone-less times are read in (DOMAIN.md §2). */
  zone: string;
  entry: ManifestEntry;
}

function pagesOf(manifestUrl: URL, pagesDir: URL): ManifestPage[] {
  const path = fileURLToPath(manifestUrl);
  if (!existsSync(path)) return [];
  const entries = JSON.parse(readFileSync(path, "utf8")) as ManifestEntry[];
  return entries.map((entry) => ({
    name: entry.file,
    html: readFileSync(fileURLToPath(new URL(entry.file, pagesDir)), "utf8"),
    url: entry.url,
    now: entry.now,
    zone: "America/Los_Angeles",
    entry,
  }));
}

const sharedDir = new URL("../../../../shared/fixtures/pages/", import.meta.url);

export const sharedManifestPages = (): ManifestPage[] => pagesOf(new URL("manifest.json", sharedDir), sharedDir);
export const handMadeManifestPages = (): ManifestPage[] => pagesOf(new URL("./manifest.json", import.meta.url), new URL("./pages/", import.meta.url));
