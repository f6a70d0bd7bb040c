import { defineConfig } from "vitest/config";

// Browser tests: playwright-core drives Debian's Chromium with the built extension (TOOLCHAIN.md).
// One file at a time: each launches its own Chromium, and two at once starve this 2-core machine.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    globals: true,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
