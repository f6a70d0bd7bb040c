// Builds the extension with WXT into a folder of the bench's own, leaving .output alone: the bundle report's
// build with source maps, and one build per overlay draw plan.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type InlineConfig, type Logger } from "wxt";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Warnings and errors still show; the build's progress lines do not. */
const quietLogger: Logger = {
  debug: () => undefined,
  log: () => undefined,
  info: () => undefined,
  success: () => undefined,
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => console.error(...args),
  fatal: (...args: unknown[]) => console.error(...args),
  level: 3,
};

/**
 * Builds the Chrome MV3 extension under `outBaseDir` and returns its folder. `env`: build-time variables
 * (import.meta.env.WXT_…), set only while this build runs.
 */
export async function buildExtensionInto(outBaseDir: string, config: InlineConfig = {}, env: Record<string, string> = {}): Promise<string> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    await build({ root: REPO_ROOT, outDir: outBaseDir, logger: quietLogger, ...config });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  // WXT writes into <outDir>/<browser>-mv<version>.
  return join(outBaseDir, "chrome-mv3");
}
