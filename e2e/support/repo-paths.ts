// Where things live, from e2e/support: the repo root is two folders up. `"type": "module"` means
// no __dirname (TOOLCHAIN.md), so paths come from import.meta.url.
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
/** The unpacked Chrome MV3 build that `npm run build` / scripts/ensure-build.mjs writes. */
export const extensionDir = join(repoRoot, ".output", "chrome-mv3");
/** Git-ignored: test and demo screenshots. */
export const screenshotsDir = join(repoRoot, "screenshots");
/** Git-ignored: the throwaway HTTPS certificate for *.aliexpress.com. */
export const certDir = join(repoRoot, ".cert");
