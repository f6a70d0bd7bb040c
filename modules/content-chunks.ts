// The content script's lazily loaded parts. WXT builds each content script as one classic script (IIFE), which
// cannot share or split code; what a page does not need at once (the overlay UI, the page-JSON reader) lives in
// lib/content/chunks/, is built here as ES modules with shared code split out, and is imported by URL
// (lib/content/load-chunk.ts) from the extension's own origin. Only the seller-center pages may load them.
import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { build } from "esbuild";
import { defineWxtModule } from "wxt/modules";
import { SELLER_CENTER_MATCHES } from "../lib/page/seller-center-hosts";
import { CONTENT_CHUNK_DIR } from "../lib/content/content-chunk-dir";

export interface ContentChunksOptions {
  /** Writes a source map beside each chunk (the bench's bundle report); off for the product. */
  sourcemap?: boolean;
}

declare module "wxt" {
  interface InlineConfig {
    contentChunks?: ContentChunksOptions;
  }
}

const ENTRY_DIR = "lib/content/chunks";

/** Every non-test module in lib/content/chunks is one chunk, named after its file. */
function chunkEntries(root: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const file of readdirSync(join(root, ENTRY_DIR))) {
    const match = /^([a-z0-9-]+)\.tsx?$/.exec(file);
    if (match?.[1] && !file.includes(".test.")) entries[match[1]] = join(root, ENTRY_DIR, file);
  }
  return entries;
}

export default defineWxtModule<ContentChunksOptions>({
  name: "content-chunks",
  configKey: "contentChunks",
  setup(wxt, options) {
    wxt.hooks.hook("build:publicAssets", async (_, files) => {
      const outdir = resolve(wxt.config.outDir, CONTENT_CHUNK_DIR);
      const result = await build({
        entryPoints: chunkEntries(wxt.config.root),
        outdir,
        entryNames: "[name]",
        chunkNames: "shared-[hash]",
        bundle: true,
        splitting: true,
        format: "esm",
        platform: "browser",
        target: "es2022",
        minify: wxt.config.command === "build",
        sourcemap: options?.sourcemap === true ? "external" : false,
        jsx: "automatic",
        jsxImportSource: "preact",
        legalComments: "none",
        write: false,
        logLevel: "warning",
      });
      for (const file of result.outputFiles) {
        files.push({ relativeDest: relative(wxt.config.outDir, file.path), contents: file.text });
      }
    });

    wxt.hooks.hook("build:manifestGenerated", (_, manifest) => {
      manifest.web_accessible_resources ??= [];
      // MV3 form; WXT rewrites it for MV2 builds.
      (manifest.web_accessible_resources as Array<{ resources: string[]; matches: string[] }>).push({
        resources: [`${CONTENT_CHUNK_DIR}/*`],
        matches: [...SELLER_CENTER_MATCHES],
      });
    });

    // browser.runtime.getURL is typed by the files the build will hold: name the chunks' entry files.
    wxt.hooks.hook("prepare:publicPaths", (_, paths) => {
      for (const name of Object.keys(chunkEntries(wxt.config.root))) paths.push(`${CONTENT_CHUNK_DIR}/${name}.js`);
    });
  },
});
