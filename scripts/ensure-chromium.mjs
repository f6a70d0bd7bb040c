#!/usr/bin/env node
// Makes sure Debian's Chromium is there for the browser tests and the demo (TOOLCHAIN.md:
// playwright-core drives /usr/bin/chromium; no Playwright browser download).
// Prints the path on success. When it is missing: installs it as root with apt-get, otherwise
// exits 1 with the exact command to run. `--check-only` never installs.
// CHROMIUM_PATH overrides the path; an override that does not exist is reported, never "fixed" by apt.
// Also a Chinese font (fonts-wqy-zenhei) when the machine has none: Debian's chromium pulls in no
// CJK font, and the seller center is in Chinese; without one its text renders as boxes. A missing
// font is only a warning.
import { accessSync, constants } from "node:fs";
import { spawnSync } from "node:child_process";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";
const INSTALL_COMMAND = "sudo apt-get install -y chromium";
const CJK_FONT_PACKAGE = "fonts-wqy-zenhei";

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

function hasChineseFont() {
  const result = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
  return result.status === 0 && result.stdout.trim() !== "";
}

function canInstall() {
  return typeof process.getuid === "function" && process.getuid() === 0 && hasCommand("apt-get");
}

/** Installs the Chinese font when missing and possible; warns otherwise. Never fails the run. */
function ensureChineseFont(checkOnly) {
  if (hasChineseFont()) return;
  if (!checkOnly && canInstall()) {
    console.log(`ensure-chromium: no Chinese font; installing ${CJK_FONT_PACKAGE}.`);
    const install = () => spawnSync("apt-get", ["install", "-y", CJK_FONT_PACKAGE], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;
    if (install() || (spawnSync("apt-get", ["update"], { stdio: "inherit" }).status === 0 && install())) return;
  }
  console.warn(`ensure-chromium: warning: no Chinese font, Chinese pages render as boxes. Install one with:\n  sudo apt-get install -y ${CJK_FONT_PACKAGE}`);
}

const checkOnly = process.argv.includes("--check-only");
const override = process.env.CHROMIUM_PATH?.trim() || null;
const chromiumPath = override ?? DEBIAN_CHROMIUM;

if (isExecutable(chromiumPath)) {
  ensureChineseFont(checkOnly);
  console.log(chromiumPath);
  process.exit(0);
}

if (override) {
  fail(
    `ensure-chromium: CHROMIUM_PATH is set to ${override}, which is not an executable file.\n` +
      `Unset CHROMIUM_PATH to use Debian's chromium (${DEBIAN_CHROMIUM}), installed with:\n  ${INSTALL_COMMAND}`,
  );
}

if (checkOnly || !canInstall()) {
  const why = checkOnly ? "(--check-only: not installing)" : hasCommand("apt-get") ? "(not root: cannot install it here)" : "(no apt-get here)";
  fail(`ensure-chromium: Chromium not found at ${chromiumPath} ${why}.\nInstall Debian's chromium with:\n  ${INSTALL_COMMAND}`);
}

console.log(`ensure-chromium: Chromium not found at ${chromiumPath}; installing Debian's chromium.`);
run("apt-get", ["update"]);
run("apt-get", ["install", "-y", "chromium", ...(hasChineseFont() ? [] : [CJK_FONT_PACKAGE])]);
if (!isExecutable(chromiumPath)) fail(`ensure-chromium: apt-get finished but ${chromiumPath} is still missing. Run:\n  ${INSTALL_COMMAND}`);
console.log(chromiumPath);
