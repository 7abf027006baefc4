#!/usr/bin/env node
// `npm run bench`: every benchmark in full, then one table of all their figures,
// printed and written to docs/BENCHMARKS.md. The table is written whatever vitest
// says, so a missed target is shown; the exit code then fails the run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchmarksMarkdown, benchTable, describeMachine, footnoteLines, readResults, verdict } from './report.mjs';

const BENCH_FOLDER = fileURLToPath(new URL('.', import.meta.url));
const DOC = fileURLToPath(new URL('../../docs/BENCHMARKS.md', import.meta.url));
const SUFFIX = '.bench.e2e.ts';

// `npm run bench -- tests/bench/seal.bench.e2e.ts` runs some files: their table is printed, the document left alone.
const chosen = process.argv.slice(2);
const files = chosen.length > 0 ? chosen : ['tests/bench'];
const expected = readdirSync(BENCH_FOLDER)
  .filter((name) => name.endsWith(SUFFIX))
  .map((name) => name.slice(0, -SUFFIX.length))
  .filter((bench) => chosen.length === 0 || chosen.some((file) => file.endsWith(`${bench}${SUFFIX}`)));

const results = mkdtempSync(join(tmpdir(), 'ik-bench-results-'));
const started = new Date();
const loadAtStart = loadavg()[0] ?? 0;
const vitest = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', ...files], {
  stdio: 'inherit',
  env: { ...process.env, BENCH_FULL: '1', BENCH_RESULTS: results },
});
const { figures, chromium } = readResults(results);
rmSync(results, { recursive: true, force: true });

const summary = benchTable(figures, expected);
const outcome = verdict(summary, vitest.status === 0);
console.log(['', 'Benchmarks, full run: every figure next to its same-run baseline', '', summary.table, '', ...footnoteLines(summary.footnotes), '', outcome.line, ''].join('\n'));

if (chosen.length === 0) {
  writeFileSync(DOC, benchmarksMarkdown({
    summary,
    verdictLine: outcome.line,
    machine: describeMachine(chromium),
    loadAtStart,
    date: `${started.toISOString().slice(0, 16).replace('T', ' ')} UTC (start), ${Math.round((Date.now() - started.getTime()) / 60_000)} min`,
    command: '`npm run bench` = `npm run build:bench && node tests/bench/run.mjs`, which runs `BENCH_FULL=1 vitest run --project e2e tests/bench` and then writes this table',
  }));
  console.log(`written: docs/BENCHMARKS.md`);
}
process.exit(outcome.failed ? 1 : 0);
