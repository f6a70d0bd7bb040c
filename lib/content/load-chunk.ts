// Imports the content script's lazily loaded parts (lib/content/chunks/, built as ES modules by
// modules/content-chunks.ts) from the extension's own origin, each once, when a page first needs it.
import type * as OverlayUi from "./chunks/overlay-ui";
import type * as PageJson from "./chunks/page-json";
import { CONTENT_CHUNK_DIR } from "./content-chunk-dir";

export interface ContentChunks {
  "overlay-ui": typeof OverlayUi;
  "page-json": typeof PageJson;
}
export type ContentChunkName = keyof ContentChunks;
export type ContentChunkPath = `/${typeof CONTENT_CHUNK_DIR}/${ContentChunkName}.js`;

export type ChunkLoader = <N extends ContentChunkName>(name: N) => Promise<ContentChunks[N]>;

/**
 * `urlOf` is browser.runtime.getURL. A failed import (the extension was reloaded under the page) is not
 * remembered: the next call tries again.
 */
export function createChunkLoader(urlOf: (path: ContentChunkPath) => string): ChunkLoader {
  const loading = new Map<ContentChunkName, Promise<unknown>>();
  return <N extends ContentChunkName>(name: N) => {
    let chunk = loading.get(name);
    if (!chunk) {
      chunk = import(/* @vite-ignore */ urlOf(`/${CONTENT_CHUNK_DIR}/${name}.js`));
      chunk.catch(() => loading.delete(name));
      loading.set(name, chunk);
    }
    return chunk as Promise<ContentChunks[N]>;
  };
}
