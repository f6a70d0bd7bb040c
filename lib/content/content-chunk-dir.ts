/** Where the content script's lazily loaded ES modules sit in the built extension (modules/content-chunks.ts). */
export const CONTENT_CHUNK_DIR = "content-chunks";
