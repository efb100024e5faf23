#!/usr/bin/env node
// The one test command (`npm test`): type-check, lint, unit tests, build, Firefox lint,
// browser tests. Stops at the first failing step and ends with one summary line,
// "Tests: N passed, N failed, N skipped", counted from Vitest's JSON reports.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const reports = "test-results";
mkdirSync(reports, { recursive: true });
const vitestReport = (name) => `--outputFile.json=${reports}/${name}.json`;

const steps = [
  ["type-check", "npx", ["tsc", "--noEmit"]],
  ["lint", "npx", ["eslint", "."]],
  ["format", "npx", ["prettier", "--check", "."]],
  ["unit tests", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", vitestReport("unit")]],
  ["build", "npm", ["run", "-s", "build"]],
  ["build for browser tests", "npm", ["run", "-s", "build:e2e"]],
  ["firefox lint", "npm", ["run", "-s", "lint:firefox"]],
  [
    "browser tests",
    "npx",
    ["vitest", "run", "-c", "vitest.e2e.config.ts", "--reporter=default", "--reporter=json", vitestReport("e2e")],
  ],
];

for (const name of ["unit", "e2e"]) rmSync(`${reports}/${name}.json`, { force: true });
let failedStep = null;
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(" ")}`);
  const started = Date.now();
  const run = spawnSync(cmd, args, { stdio: "inherit" });
  console.log(`=== ${name}: ${run.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (run.status !== 0) {
    failedStep = name;
    break;
  }
}

let passed = 0,
  failed = 0,
  skipped = 0;
for (const name of ["unit", "e2e"]) {
  const file = `${reports}/${name}.json`;
  if (!existsSync(file)) continue;
  const r = JSON.parse(readFileSync(file, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
if (failedStep) console.log(`\nStep "${failedStep}" failed.`);
if (failedStep && failed === 0) failed = 1; // a failed non-test step counts as a failure
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedStep ? 1 : 0);
