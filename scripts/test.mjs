#!/usr/bin/env node
// `npm test`: every test the project has, in one command (README, .ci/run).
//   1. Debian's Chromium present (scripts/ensure-chromium.mjs) and the build fresh (scripts/ensure-build.mjs);
//   2. unit tests twice, under TZ=UTC and TZ=Asia/Shanghai: sellers' machines are not in UTC;
//   3. browser tests (vitest.e2e.config.ts).
// Each run writes vitest's JSON report; the last line printed sums them: `N passed, N failed`
// (`, N skipped` when some were). CI reads only the exit code, so that line makes a run that
// executed nothing visible; it exits non-zero when a run failed or no test ran at all.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const reportDir = mkdtempSync(join(tmpdir(), "dispute-sentinel-test-"));

function runNodeScript(script) {
  return spawnSync(process.execPath, [join(repoRoot, "scripts", script)], { cwd: repoRoot, stdio: "inherit" }).status === 0;
}

/** Runs vitest once; returns its counts from the JSON report, and whether the run as a whole failed. */
function runVitest({ name, timeZone, config }) {
  const reportFile = join(reportDir, `${name}.json`);
  const args = ["vitest", "run", ...(config ? ["--config", config] : []), "--reporter=default", "--reporter=json", `--outputFile.json=${reportFile}`];
  console.log(`\n=== ${name}: TZ=${timeZone} npx ${args.join(" ")}\n`);
  const result = spawnSync("npx", args, { cwd: repoRoot, stdio: "inherit", env: { ...process.env, TZ: timeZone } });
  const run = { name, passed: 0, failed: 0, skipped: 0, exitCode: result.status ?? 1, note: "" };
  if (!existsSync(reportFile)) {
    run.note = "no JSON report (vitest did not finish)";
    return run;
  }
  const report = JSON.parse(readFileSync(reportFile, "utf8"));
  run.passed = report.numPassedTests ?? 0;
  run.failed = report.numFailedTests ?? 0;
  run.skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const failedSuites = report.numFailedTestSuites ?? 0;
  if (failedSuites > 0) run.note = `${failedSuites} suite(s) failed`;
  return run;
}

const runs = [];
const setupProblems = [];
if (!runNodeScript("ensure-chromium.mjs")) setupProblems.push("Chromium is missing (see above): browser tests not run");
const built = runNodeScript("ensure-build.mjs");
if (!built) setupProblems.push("the extension did not build (see above): browser tests not run");

runs.push(runVitest({ name: "unit-utc", timeZone: "UTC" }));
runs.push(runVitest({ name: "unit-shanghai", timeZone: "Asia/Shanghai" }));
if (setupProblems.length === 0) runs.push(runVitest({ name: "e2e-shanghai", timeZone: "Asia/Shanghai", config: "vitest.e2e.config.ts" }));
rmSync(reportDir, { recursive: true, force: true });

console.log("\n=== summary");
for (const run of runs) {
  console.log(`${run.name}: ${run.passed} passed, ${run.failed} failed, ${run.skipped} skipped, exit ${run.exitCode}${run.note ? ` (${run.note})` : ""}`);
}
for (const problem of setupProblems) console.log(`setup: ${problem}`);

const total = runs.reduce((sum, run) => ({ passed: sum.passed + run.passed, failed: sum.failed + run.failed, skipped: sum.skipped + run.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
// A run that failed without a failing test (a file that did not load, a crash) or a skipped
// browser suite still counts as a failure, so the line never reads clean when something broke.
const brokenRuns = runs.filter((run) => run.exitCode !== 0 && run.failed === 0).length + setupProblems.length;
const failed = total.failed + brokenRuns;
const ok = failed === 0 && total.passed > 0 && runs.every((run) => run.exitCode === 0);
if (total.passed + failed === 0) console.log("no test ran");
console.log(`${total.passed} passed, ${failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ""}`);
process.exit(ok ? 0 : 1);
