#!/usr/bin/env node
// Builds the Chrome MV3 extension when .output/chrome-mv3 is missing or older than its sources,
// so `npm test` and `npm start` never run against a stale build. Test files do not go into the
// build and do not make it stale. `--force` always builds.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const builtManifest = join(repoRoot, ".output", "chrome-mv3", "manifest.json");
const sourceDirs = ["entrypoints", "components", "lib", "modules", "public"];
const sourceFiles = ["wxt.config.ts", "package.json"];

const isTestFile = (name) => /\.test\./.test(name);

/** The newest source file as { path, mtimeMs }, or null when there is none. */
function newestSource() {
  let newest = null;
  const consider = (path) => {
    const { mtimeMs } = statSync(path);
    if (!newest || mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
  };
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && !isTestFile(entry.name)) consider(path);
    }
  };
  for (const dir of sourceDirs) if (existsSync(join(repoRoot, dir))) walk(join(repoRoot, dir));
  for (const file of sourceFiles) if (existsSync(join(repoRoot, file))) consider(join(repoRoot, file));
  return newest;
}

function whyBuild() {
  if (process.argv.includes("--force")) return "--force";
  if (!existsSync(builtManifest)) return "no build yet";
  const built = statSync(builtManifest).mtimeMs;
  const newest = newestSource();
  if (newest && newest.mtimeMs > built) return `${relative(repoRoot, newest.path)} changed after the last build`;
  return null;
}

const reason = whyBuild();
if (!reason) {
  console.log("ensure-build: .output/chrome-mv3 is up to date.");
  process.exit(0);
}
console.log(`ensure-build: building (${reason}): npx wxt build`);
const result = spawnSync("npx", ["wxt", "build"], { cwd: repoRoot, stdio: "inherit" });
if (result.status !== 0 || !existsSync(builtManifest)) {
  console.error(`ensure-build: wxt build failed (exit ${result.status ?? result.signal}).`);
  process.exit(1);
}
