import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { benchmarksMarkdown, benchTable, describeMachine, readResults, RESULTS_FILE, verdict } from './report.mjs';
import { recordEnvironment, recordFigure, type BenchFigure } from './results';

const ms = (value: number) => ({ value, unit: 'ms' });
const FIGURES: BenchFigure[] = [
  { bench: 'hq-ingest', issue: 5, name: 'import: share of COPY', measured: { value: 640, unit: 'bundles/s' }, baseline: { name: 'COPY', value: 11_000, unit: 'bundles/s' }, ratio: 0.058,
    target: { text: '≥ 0.5× COPY', met: false, asserted: false }, note: 'see docs/0008-sync-to-hq.md' },
  { bench: 'answer-commit', issue: 3, name: 'saveAnswer p95', measured: ms(6.5), baseline: { name: 'raw put', ...ms(2.5) }, ratio: 2.6, target: { text: 'p95 ≤ 20 ms', met: true, asserted: true } },
  { bench: 'answer-commit', issue: 3, name: 'saveAnswer p50', measured: ms(3.6), baseline: { name: 'raw put', ...ms(0.9) }, ratio: 4 },
  { bench: 'bundle-encrypt', issue: 5, name: 'encodeBundle', measured: { value: 180.4, unit: 'MB/s' }, baseline: { name: 'AES-GCM', value: 380, unit: 'MB/s' }, ratio: 0.47,
    target: { text: '≥ 0.5× raw AES-GCM', met: false, asserted: true } },
];

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'ik-bench-report-')); });
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('bench figures', () => {
  it('are appended to the folder BENCH_RESULTS names and read back in order', () => {
    vi.stubEnv('BENCH_RESULTS', dir);
    for (const figure of FIGURES) recordFigure(figure);
    recordEnvironment({ chromium: '145.0.1' });
    expect(readResults(dir)).toEqual({ figures: FIGURES, chromium: '145.0.1' });
  });

  it('are checked but not kept without BENCH_RESULTS (the short form in npm test)', () => {
    vi.stubEnv('BENCH_RESULTS', '');
    recordFigure(FIGURES[1] as BenchFigure);
    expect(existsSync(join(dir, RESULTS_FILE))).toBe(false);
    expect(() => recordFigure({ ...(FIGURES[1] as BenchFigure), ratio: Number.NaN })).toThrow(/not a finite number/);
  });
});

describe('the benchmark table', () => {
  it('lists every figure by issue with baseline, ratio, target and result, and a footnote for the note', () => {
    const summary = benchTable(FIGURES, ['answer-commit', 'bundle-encrypt', 'hq-ingest']);
    const lines = summary.table.split('\n');
    expect(lines[0]).toMatch(/^\| Issue +\| Figure +\| Measured +\| Baseline, same run +\| Ratio +\| Target +\| Result +\|$/);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1); // aligned columns
    expect(lines.slice(2).map((line) => line.split('|')[2]?.trim())).toEqual(['saveAnswer p95', 'saveAnswer p50', 'encodeBundle', 'import: share of COPY']);
    expect(lines[2]).toMatch(/\| 6\.50 ms +\| 2\.50 ms \(raw put\) +\| 2\.600× +\| p95 ≤ 20 ms +\| met +\|/);
    expect(lines[3]).toMatch(/\| — +\| reference +\|$/);
    expect(lines[4]).toMatch(/\| 180\.4 MB\/s .*\| 0\.470× .*\| \*\*NOT met\*\* +\|$/);
    expect(lines[5]).toMatch(/\| 640 bundles\/s +\| 11,000 bundles\/s \(COPY\) .*\| not met \(not asserted\) \[1\] +\|$/);
    expect(summary.footnotes).toEqual(['see docs/0008-sync-to-hq.md']);
    expect(summary).toMatchObject({ met: 1, targets: 3, missingBenches: [] });
    expect(verdict(summary, true)).toEqual({ failed: true, line: '1 of 3 targets met; 1 asserted target(s) missed; 1 missed target(s) reported, not asserted; vitest passed → npm run bench fails' });
  });

  it('passes with a missed target that is only reported, and fails when vitest failed', () => {
    const reportedOnly = benchTable(FIGURES.filter((f) => f.bench !== 'bundle-encrypt'), ['answer-commit', 'hq-ingest']);
    expect(verdict(reportedOnly, true).failed).toBe(false);
    expect(verdict(reportedOnly, false).failed).toBe(true);
  });

  it('shows a bench that recorded nothing as a row with no result, and fails', () => {
    const summary = benchTable(FIGURES.slice(1, 3), ['answer-commit', 'seal']);
    expect(summary.table.split('\n').at(-1)).toMatch(/^\| — +\| seal: no figures .*\| \*\*no result\*\* +\|$/);
    expect(verdict(summary, true)).toMatchObject({ failed: true, line: expect.stringContaining('no figures from seal') as unknown });
  });

  it('is written to docs/BENCHMARKS.md with the date, the machine and the command', () => {
    const cpuinfo = 'processor\t: 0\nmodel name\t: AMD EPYC 7B13\n\nprocessor\t: 1\nmodel name\t: AMD EPYC 7B13\n';
    const machine = describeMachine('145.0.1', cpuinfo);
    expect(machine).toMatchObject({ cores: 2, cpu: 'AMD EPYC 7B13', node: process.version, chromium: '145.0.1' });
    const summary = benchTable(FIGURES, ['answer-commit', 'bundle-encrypt', 'hq-ingest']);
    const doc = benchmarksMarkdown({ summary, verdictLine: verdict(summary, true).line, machine, loadAtStart: 1.25, date: '2026-11-24 09:00 UTC', command: '`npm run bench`' });
    expect(doc).toContain('- Date: 2026-11-24 09:00 UTC');
    expect(doc).toContain('- Machine: 2 cores, AMD EPYC 7B13');
    expect(doc).toContain('load average 1.3 when the run started');
    expect(doc).toContain(`- Node ${process.version}, Chromium 145.0.1`);
    expect(doc).toContain('- Command: `npm run bench`');
    expect(doc).toContain(summary.table);
    expect(doc).toContain('[1] see docs/0008-sync-to-hq.md');
  });
});
