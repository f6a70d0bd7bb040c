// What the content scripts weigh (issue 14): the extension built once more into a temporary folder, with hidden
// source maps (the same code byte for byte, no map comment), measured raw and gzipped, and split into the source
// modules each file is made of.
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { bytesPerSource } from "./sourcemap-sizes";
import { buildExtensionInto, REPO_ROOT } from "./build-extension";

/** Lazily loaded ES modules (modules/content-chunks.ts): fetched by the content script when it needs them. */
const CHUNK_DIR = "content-chunks";

export interface BuiltFile {
  /** Path inside the extension, e.g. "content-scripts/seller.js". */
  path: string;
  rawBytes: number;
  gzipBytes: number;
  /** Minified bytes per source module (repo-relative path, or the package for node_modules), largest first. */
  modules: Array<{ source: string; bytes: number }>;
}

export interface BundleReport {
  contentScripts: BuiltFile[];
  chunks: BuiltFile[];
}

/** "node_modules/.pnpm/…/node_modules/preact/hooks/dist/hooks.mjs" → "preact/hooks/dist/hooks.mjs"; repo files relative to the repo. */
function sourceName(mapFile: string, source: string): string {
  if (source === "(unmapped)") return source;
  const absolute = resolve(mapFile, "..", source);
  const inModules = absolute.lastIndexOf("node_modules/");
  if (inModules >= 0) return absolute.slice(inModules + "node_modules/".length);
  return relative(REPO_ROOT, absolute);
}

function measure(outDir: string, path: string): BuiltFile {
  const file = join(outDir, path);
  const code = readFileSync(file);
  const mapFile = `${file}.map`;
  const modules: BuiltFile["modules"] = [];
  if (existsSync(mapFile)) {
    const sizes = bytesPerSource(code.toString("utf8"), JSON.parse(readFileSync(mapFile, "utf8")));
    for (const [source, bytes] of sizes) modules.push({ source: sourceName(mapFile, source), bytes });
    modules.sort((a, b) => b.bytes - a.bytes);
  }
  return { path, rawBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, modules };
}

function jsFilesIn(outDir: string, dir: string): string[] {
  const absolute = join(outDir, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute)
    .filter((name) => name.endsWith(".js"))
    .sort()
    .map((name) => `${dir}/${name}`);
}

export async function bundleReport(): Promise<BundleReport> {
  const outBaseDir = mkdtempSync(join(tmpdir(), "sentinel-bundle-"));
  try {
    const outDir = await buildExtensionInto(outBaseDir, {
      vite: () => ({ build: { sourcemap: "hidden" } }),
      contentChunks: { sourcemap: true },
    });
    return {
      contentScripts: jsFilesIn(outDir, "content-scripts").map((path) => measure(outDir, path)),
      chunks: jsFilesIn(outDir, CHUNK_DIR).map((path) => measure(outDir, path)),
    };
  } finally {
    rmSync(outBaseDir, { recursive: true, force: true });
  }
}

/** Module sizes folded by package (node_modules) so a library shows as one line beside the repo's own files. */
export function foldPackages(modules: BuiltFile["modules"]): BuiltFile["modules"] {
  const folded = new Map<string, number>();
  for (const { source, bytes } of modules) {
    const parts = source.split("/");
    const isRepoFile = /^(lib|components|entrypoints|modules|public|scripts)\//.test(source) || source === "(unmapped)";
    const key = isRepoFile ? source : parts.slice(0, source.startsWith("@") ? 2 : 1).join("/");
    folded.set(key, (folded.get(key) ?? 0) + bytes);
  }
  return [...folded].map(([source, bytes]) => ({ source, bytes })).sort((a, b) => b.bytes - a.bytes);
}
