#!/usr/bin/env node
// Makes sure Debian's Chromium is there for the browser tests and the demo (TOOLCHAIN.md:
// playwright-core drives /usr/bin/chromium; no Playwright browser download).
// Prints the path on success. When it is missing: installs it as root with apt-get, otherwise
// exits 1 with the exact command to run. `--check-only` never installs.
// CHROMIUM_PATH overrides the path; an override that does not exist is reported, never "fixed" by apt.
import { accessSync, constants } from "node:fs";
import { spawnSync } from "node:child_process";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";
const INSTALL_COMMAND = "sudo apt-get install -y chromium";

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hasCommand(name) {
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

function run(command, args) {
  console.log(`ensure-chromium: running: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (result.status !== 0) fail(`ensure-chromium: "${command} ${args.join(" ")}" failed (exit ${result.status ?? result.signal}).`);
}

const checkOnly = process.argv.includes("--check-only");
const override = process.env.CHROMIUM_PATH?.trim() || null;
const chromiumPath = override ?? DEBIAN_CHROMIUM;

if (isExecutable(chromiumPath)) {
  console.log(chromiumPath);
  process.exit(0);
}

if (override) {
  fail(
    `ensure-chromium: CHROMIUM_PATH is set to ${override}, which is not an executable file.\n` +
      `Unset CHROMIUM_PATH to use Debian's chromium (${DEBIAN_CHROMIUM}), installed with:\n  ${INSTALL_COMMAND}`,
  );
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (checkOnly || !isRoot || !hasCommand("apt-get")) {
  const why = checkOnly ? "(--check-only: not installing)" : !isRoot ? "(not root: cannot install it here)" : "(no apt-get here)";
  fail(`ensure-chromium: Chromium not found at ${chromiumPath} ${why}.\nInstall Debian's chromium with:\n  ${INSTALL_COMMAND}`);
}

console.log(`ensure-chromium: Chromium not found at ${chromiumPath}; installing Debian's chromium.`);
run("apt-get", ["update"]);
run("apt-get", ["install", "-y", "chromium"]);
if (!isExecutable(chromiumPath)) fail(`ensure-chromium: apt-get finished but ${chromiumPath} is still missing. Run:\n  ${INSTALL_COMMAND}`);
console.log(chromiumPath);
