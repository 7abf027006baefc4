/** Nearest-rank percentile of a sample, in the sample's unit. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export interface BenchRow {
  readonly name: string;
  readonly p50: number;
  readonly p95: number;
}

/** The table `npm run bench` prints: each row next to the baseline measured in the same run. */
export function formatTable(baseline: BenchRow, rows: readonly BenchRow[]): string {
  const line = (row: BenchRow) =>
    `| ${row.name.padEnd(44)} | ${row.p50.toFixed(2).padStart(8)} | ${row.p95.toFixed(2).padStart(8)} | ${(row.p50 / baseline.p50).toFixed(2).padStart(6)}× | ${(row.p95 / baseline.p95).toFixed(2).padStart(6)}× |`;
  return [
    `| ${'measure'.padEnd(44)} | ${'p50 ms'.padStart(8)} | ${'p95 ms'.padStart(8)} | ${'p50/base'.padStart(7)} | ${'p95/base'.padStart(7)} |`,
    `|${'-'.repeat(46)}|${'-'.repeat(10)}|${'-'.repeat(10)}|${'-'.repeat(9)}|${'-'.repeat(9)}|`,
    line(baseline),
    ...rows.map(line),
  ].join('\n');
}
