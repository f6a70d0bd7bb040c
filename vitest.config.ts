import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";

// Unit tests: pure code in Node, DOM from jsdom where a test asks for it, `browser` from WXT's fake browser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ["lib/**/*.test.{ts,tsx}", "components/**/*.test.{ts,tsx}", "entrypoints/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    globals: true,
    setupFiles: ["fake-indexeddb/auto"],
  },
});
