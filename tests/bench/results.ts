import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_FILE } from './report.mjs';

/**
 * `npm run bench` (tests/bench/run.mjs) names a fresh folder in BENCH_RESULTS;
 * each bench appends its figures there as JSON lines and the run's last step
 * turns them into one table (tests/bench/report.mjs, docs/BENCHMARKS.md).
 * Without the variable (the short form in `npm test`) figures are checked, not kept.
 */
export interface Quantity {
  readonly value: number;
  readonly unit: string;
}

/** One line of the table: a measured value, the baseline measured in the same run, and the target an issue set. */
export interface BenchFigure {
  /** The bench file that measured it, without `.bench.e2e.ts`. */
  readonly bench: string;
  /** The issue whose performance section sets the target. */
  readonly issue: number;
  readonly name: string;
  readonly measured: Quantity;
  readonly baseline?: Quantity & { readonly name: string };
  /** measured ÷ baseline (a rate over a rate, a time over a time): what the target compares when it is a ratio. */
  readonly ratio?: number;
  /** No target: shown for reference. `asserted: false`: printed met or not met, never fails the run. */
  readonly target?: { readonly text: string; readonly met: boolean; readonly asserted: boolean };
  /** Why a figure sits where it does, printed as a footnote. */
  readonly note?: string;
}

/** The machine facts only a bench can see (the report reads the rest itself). */
export interface BenchEnvironment {
  readonly chromium: string;
}

function append(line: object): void {
  const dir = process.env['BENCH_RESULTS'];
  if (dir !== undefined && dir !== '') appendFileSync(join(dir, RESULTS_FILE), `${JSON.stringify(line)}\n`);
}

/** Keeps one figure for the run's table; call it before the bench's own asserts, so a missed target is still shown. */
export function recordFigure(figure: BenchFigure): void {
  const numbers = [figure.measured.value, figure.baseline?.value, figure.ratio].filter((n) => n !== undefined);
  if (!numbers.every(Number.isFinite)) throw new Error(`bench figure "${figure.name}" is not a finite number: ${JSON.stringify(figure)}`);
  append({ kind: 'figure', ...figure });
}

export function recordEnvironment(environment: BenchEnvironment): void {
  append({ kind: 'environment', ...environment });
}
