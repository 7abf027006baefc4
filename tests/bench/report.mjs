// The one benchmark table (issue 8): every figure the benches recorded in a run
// (tests/bench/results.ts), next to its same-run baseline and the issue's target.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export const RESULTS_FILE = 'figures.jsonl';

/** Figures and environment lines appended by the benches; none if no bench got as far as recording. */
export function readResults(dir) {
  const file = join(dir, RESULTS_FILE);
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '') : [];
  const records = lines.map((line) => JSON.parse(line));
  const figures = records.filter((r) => r.kind === 'figure').map(({ kind: _kind, ...figure }) => figure);
  const chromium = records.find((r) => r.kind === 'environment')?.chromium;
  return { figures, chromium };
}

/** Cores and CPU model as /proc/cpuinfo states them (os.cpus() where there is none). */
export function describeMachine(chromium, cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '') {
  const processors = cpuinfo.split('\n').filter((line) => /^processor\s*:/.test(line)).length;
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim();
  return {
    cores: processors > 0 ? processors : cpus().length,
    cpu: model ?? cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromium ?? 'not launched',
  };
}

/** Enough digits that a value just under a target never prints as the target itself (99.99, not 100.0). */
function number(value) {
  const abs = Math.abs(value);
  if (Number.isInteger(value) || abs >= 1000) return Math.round(value).toLocaleString('en');
  return value.toFixed(abs >= 100 ? 1 : 2);
}

const quantity = (q) => `${number(q.value)} ${q.unit}`;
const cell = (text) => String(text).replaceAll('|', '\\|');

function result(figure) {
  if (figure.target === undefined) return 'reference';
  if (figure.target.met) return 'met';
  return figure.target.asserted ? '**NOT met**' : 'not met (not asserted)';
}

const byIssueThenBench = (a, b) => a.issue - b.issue || a.bench.localeCompare(b.bench);

/**
 * The table as Markdown with aligned columns (read the same in a terminal), its
 * footnotes, and what decides the exit code: asserted targets missed, benches
 * that recorded nothing.
 */
export function benchTable(figures, expectedBenches) {
  const sorted = figures.map((figure, order) => ({ figure, order })).sort((a, b) => byIssueThenBench(a.figure, b.figure) || a.order - b.order).map((x) => x.figure);
  const footnotes = [];
  const rows = sorted.map((figure) => {
    let mark = '';
    if (figure.note !== undefined) {
      footnotes.push(figure.note);
      mark = ` [${footnotes.length}]`;
    }
    return [
      `#${figure.issue}`,
      figure.name,
      quantity(figure.measured),
      figure.baseline === undefined ? '—' : `${quantity(figure.baseline)} (${figure.baseline.name})`,
      figure.ratio === undefined ? '—' : `${figure.ratio.toFixed(figure.ratio >= 10 ? 1 : 3)}×`,
      figure.target?.text ?? '—',
      `${result(figure)}${mark}`,
    ];
  });
  const recorded = new Set(figures.map((f) => f.bench));
  const missingBenches = expectedBenches.filter((bench) => !recorded.has(bench));
  for (const bench of missingBenches) rows.push(['—', `${bench}: no figures (the bench failed before recording them; see the log)`, '—', '—', '—', '—', '**no result**']);

  const header = ['Issue', 'Figure', 'Measured', 'Baseline, same run', 'Ratio', 'Target', 'Result'];
  const all = [header, ...rows].map((row) => row.map(cell));
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((text, i) => text.padEnd(widths[i])).join(' | ')} |`;
  const table = [line(all[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...all.slice(1).map(line)].join('\n');

  const targeted = figures.filter((f) => f.target !== undefined);
  return {
    table,
    footnotes,
    met: targeted.filter((f) => f.target.met).length,
    targets: targeted.length,
    missedAsserted: targeted.filter((f) => !f.target.met && f.target.asserted),
    missedReported: targeted.filter((f) => !f.target.met && !f.target.asserted),
    missingBenches,
  };
}

/** What the run comes to, in one line; `failed` decides `npm run bench`'s exit code. */
export function verdict(summary, vitestPassed) {
  const failed = !vitestPassed || summary.missedAsserted.length > 0 || summary.missingBenches.length > 0;
  const parts = [`${summary.met} of ${summary.targets} targets met`];
  if (summary.missedAsserted.length > 0) parts.push(`${summary.missedAsserted.length} asserted target(s) missed`);
  if (summary.missedReported.length > 0) parts.push(`${summary.missedReported.length} missed target(s) reported, not asserted`);
  if (summary.missingBenches.length > 0) parts.push(`no figures from ${summary.missingBenches.join(', ')}`);
  parts.push(vitestPassed ? 'vitest passed' : 'vitest failed');
  return { failed, line: `${parts.join('; ')} → npm run bench ${failed ? 'fails' : 'passes'}` };
}

export const footnoteLines = (footnotes) => footnotes.map((note, i) => `[${i + 1}] ${note}`);

/** docs/BENCHMARKS.md: when, where and how the figures were measured, then the table. */
export function benchmarksMarkdown({ summary, verdictLine, machine, loadAtStart, date, command }) {
  return [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (tests/bench/run.mjs); run it again rather than edit this file.',
    'Each figure is measured next to its baseline in the same run; Ratio is measured ÷ baseline',
    '(a rate over a rate, a time over a time, bytes over bytes). Targets come from the',
    'performance sections of issues 3–6. A missed target marked "not asserted" is shown but does',
    'not fail the run; every other missed target does.',
    '',
    `- Date: ${date}`,
    `- Machine: ${machine.cores} cores, ${machine.cpu}, ${machine.memoryGb} GB RAM; load average ${loadAtStart.toFixed(1)} when the run started (other work shares the cores)`,
    `- Node ${machine.node}, Chromium ${machine.chromium}`,
    `- Command: ${command}`,
    `- Outcome: ${verdictLine}`,
    '',
    summary.table,
    '',
    ...footnoteLines(summary.footnotes).flatMap((line) => [line, '']),
  ].join('\n');
}
