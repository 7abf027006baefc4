#!/usr/bin/env node
// `npm test`: every check a clean machine runs, in order, with one summary line
// at the end. Lint and types first (cheap), then the build the e2e suite drives.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const steps = [
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['build bench page', 'npm', ['run', '--silent', 'build:bench']],
];

let failedSteps = 0;
for (const [name, command, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const run = spawnSync(command, args, { stdio: 'inherit' });
  console.log(`${run.status === 0 ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (run.status !== 0) failedSteps++;
}

const reportDir = mkdtempSync(join(tmpdir(), 'ik-vitest-'));
const report = join(reportDir, 'report.json');
console.log('\n▶ vitest (unit + e2e)');
const vitest = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { stdio: 'inherit' });

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests + (results.numTotalTestSuites > 0 ? 0 : 1);
  skipped = results.numPendingTests + results.numTodoTests;
  // A suite that failed to load has no tests to count but must still fail the run.
  if (vitest.status !== 0 && failed === 0) failed = 1;
} catch {
  failed += 1;
}
rmSync(reportDir, { recursive: true, force: true });

// Each failed non-vitest step counts as one failed check.
passed += steps.length - failedSteps;
failed += failedSteps;
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && vitest.status === 0 ? 0 : 1);
