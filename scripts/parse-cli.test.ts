// The `npm run parse` contract (DESIGN.md): run as a process on every saved page, JSON on stdout, exit codes.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PageReading } from "../lib/model";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const pagesDir = fileURLToPath(new URL("../e2e/fixtures/shared-pages/", import.meta.url));
const manifest = JSON.parse(readFileSync(`${pagesDir}manifest.json`, "utf8")) as Array<{ file: string; url: string; now: string; expect: { kind: string } }>;

function runParse(args: string[]) {
  return spawnSync("npm", ["run", "--silent", "parse", "--", ...args], { cwd: repoRoot, encoding: "utf8", timeout: 60_000 });
}

describe("npm run parse", () => {
  it.each(manifest.map((page) => [page.file, page] as const))("prints the reading of %s with the right kind", (_file, page) => {
    const result = runParse([`${pagesDir}${page.file}`, "--url", page.url, "--now", page.now]);
    expect(result.status).toBe(0);
    const reading = JSON.parse(result.stdout) as PageReading;
    expect(reading.kind).toBe(page.expect.kind);
    expect(reading.url).toBe(page.url);
    expect(reading.readAt).toBe(new Date(page.now).toISOString());
  }, 60_000);

  it("exits 2 with a message for a missing file or bad arguments", () => {
    const missing = runParse(["/nonexistent/page.html", "--url", "https://csp.aliexpress.com/x"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no such file");
    const noUrl = runParse([`${pagesDir}${manifest[0]?.file ?? ""}`]);
    expect(noUrl.status).toBe(2);
    expect(noUrl.stderr).toContain("missing --url");
  }, 60_000);

  it("exits 0 with kind unknown for a page it does not recognise", () => {
    const result = runParse([`${pagesDir}${manifest[0]?.file ?? ""}`, "--url", "https://csp.aliexpress.com/m_apps/product-manage/list"]);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as PageReading).kind).toBe("unknown");
  }, 60_000);
});
