import { percentile } from './percentiles';

/** A throughput row: times over the runs, and the rate next to the baseline measured in the same runs. */
export interface RateRow {
  readonly name: string;
  readonly medianMs: number;
  readonly worstMs: number;
  readonly mbPerS: number;
  /** Median over runs of (this rate / baseline rate), each pair from the same run. */
  readonly ofBase: number;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/** `runsMs[i]` and `baselineMs[i]` come from the same run and hash the same `bytes`. */
export function rateRow(name: string, runsMs: readonly number[], baselineMs: readonly number[], bytes: number): RateRow {
  const medianMs = median(runsMs);
  return {
    name,
    medianMs,
    worstMs: percentile(runsMs, 100),
    mbPerS: bytes / 1e6 / (medianMs / 1000),
    ofBase: median(runsMs.map((ms, i) => (baselineMs[i] ?? Number.NaN) / ms)),
  };
}

/** Same layout as `formatTable`, with a rate column: the seal is judged in MB/s, not per-call latency. */
export function formatRateTable(baseline: RateRow, rows: readonly RateRow[]): string {
  const line = (row: RateRow) =>
    `| ${row.name.padEnd(44)} | ${row.medianMs.toFixed(0).padStart(9)} | ${row.worstMs.toFixed(0).padStart(8)} | ${row.mbPerS.toFixed(1).padStart(7)} | ${row.ofBase.toFixed(2).padStart(8)}× |`;
  return [
    `| ${'measure'.padEnd(44)} | ${'median ms'.padStart(9)} | ${'worst ms'.padStart(8)} | ${'MB/s'.padStart(7)} | ${'rate/base'.padStart(9)} |`,
    `|${'-'.repeat(46)}|${'-'.repeat(11)}|${'-'.repeat(10)}|${'-'.repeat(9)}|${'-'.repeat(11)}|`,
    line(baseline),
    ...rows.map(line),
  ].join('\n');
}
