// The project's copy of the shared fixture pages stays an unchanged copy of ../shared/fixtures/pages.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadFixtureManifest, projectFixturesDir, readFixtureHtml, sharedFixturesDir } from "./fixtures.ts";

describe("fixture pages", () => {
  it("has every page the manifest names, each with its URL and save time", () => {
    const pages = loadFixtureManifest();
    expect(pages.length).toBeGreaterThanOrEqual(7);
    for (const page of pages) {
      expect(readFixtureHtml(page.file)).toMatch(/^<!doctype html>/i);
      expect(new URL(page.url).hostname).toMatch(/\.aliexpress\.com$/);
      expect(Number.isNaN(Date.parse(page.now))).toBe(false);
    }
  });

  const shared = sharedFixturesDir();
  it.skipIf(shared === null)("is byte for byte the same as ../shared/fixtures/pages", () => {
    const sharedDir = shared ?? "";
    const sharedFiles = readdirSync(sharedDir).sort();
    expect(readdirSync(projectFixturesDir).sort()).toEqual(sharedFiles);
    for (const file of sharedFiles) {
      expect(readFileSync(join(projectFixturesDir, file), "utf8"), file).toBe(readFileSync(join(sharedDir, file), "utf8"));
    }
  });
});
