#!/usr/bin/env node
// The one test command (`npm test`): type-check, lint, unit tests, unit tests once more without
// ../shared (as on a bare clone: its tests must skip, not fail), build, Firefox lint, browser
// tests in Chromium, then in Firefox ESR. Stops at the first failing step and ends with one
// summary line, "Tests: N passed, N failed, N skipped", counted from all of Vitest's JSON reports.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const reports = "test-results";
mkdirSync(reports, { recursive: true });
const vitestReport = (name) => `--outputFile.json=${reports}/${name}.json`;

// The shared folder hidden: tests/shared-folder.ts reads $OPDRACHTRADAR_SHARED.
const withoutShared = { ...process.env, OPDRACHTRADAR_SHARED: "/nonexistent" };

/** [name, command, arguments, environment?] */
const steps = [
  ["type-check", "npx", ["tsc", "--noEmit"]],
  ["lint", "npx", ["eslint", "."]],
  ["format", "npx", ["prettier", "--check", "."]],
  ["unit tests", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", vitestReport("unit")]],
  [
    "unit tests without ../shared",
    "npx",
    ["vitest", "run", "--reporter=dot", "--reporter=json", vitestReport("unit-without-shared")],
    withoutShared,
  ],
  ["build", "npm", ["run", "-s", "build"]],
  ["build for browser tests", "npm", ["run", "-s", "build:e2e"]],
  ["build for Firefox browser tests", "npm", ["run", "-s", "build:e2e:firefox"]],
  ["firefox lint", "npm", ["run", "-s", "lint:firefox"]],
  [
    "browser tests",
    "npx",
    ["vitest", "run", "-c", "vitest.e2e.config.ts", "--reporter=default", "--reporter=json", vitestReport("e2e")],
  ],
  [
    "Firefox browser tests",
    "npx",
    [
      "vitest",
      "run",
      "-c",
      "vitest.firefox.config.ts",
      "--reporter=default",
      "--reporter=json",
      vitestReport("firefox"),
    ],
  ],
];

const reportNames = {
  unit: "unit tests",
  "unit-without-shared": "unit tests without ../shared",
  e2e: "browser tests",
  firefox: "Firefox browser tests",
};
for (const name of Object.keys(reportNames)) rmSync(`${reports}/${name}.json`, { force: true });
let failedStep = null;
for (const [name, cmd, args, env] of steps) {
  console.log(`\n=== ${name}: ${env ? "OPDRACHTRADAR_SHARED=/nonexistent " : ""}${cmd} ${args.join(" ")}`);
  const started = Date.now();
  const run = spawnSync(cmd, args, { stdio: "inherit", env: env ?? process.env });
  console.log(`=== ${name}: ${run.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (run.status !== 0) {
    failedStep = name;
    break;
  }
}

let passed = 0,
  failed = 0,
  skipped = 0;
console.log("");
for (const [name, label] of Object.entries(reportNames)) {
  const file = `${reports}/${name}.json`;
  if (!existsSync(file)) continue;
  const r = JSON.parse(readFileSync(file, "utf8"));
  const own = [r.numPassedTests, r.numFailedTests, r.numPendingTests + (r.numTodoTests ?? 0)];
  // Worded unlike the closing line, so that a reader of "Tests: ..." cannot take this one.
  console.log(`[${label}] passed ${own[0]}, failed ${own[1]}, skipped ${own[2]}`);
  passed += own[0];
  failed += own[1];
  skipped += own[2];
}
if (failedStep) console.log(`\nStep "${failedStep}" failed.`);
if (failedStep && failed === 0) failed = 1; // a failed non-test step counts as a failure
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedStep ? 1 : 0);
