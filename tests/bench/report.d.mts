import type { BenchFigure } from './results';

export declare const RESULTS_FILE: string;

export interface BenchResults {
  readonly figures: BenchFigure[];
  readonly chromium: string | undefined;
}
export declare function readResults(dir: string): BenchResults;

export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGb: number;
  readonly node: string;
  readonly chromium: string;
}
export declare function describeMachine(chromium: string | undefined, cpuinfo?: string): Machine;

export interface BenchSummary {
  readonly table: string;
  readonly footnotes: string[];
  readonly met: number;
  readonly targets: number;
  readonly missedAsserted: BenchFigure[];
  readonly missedReported: BenchFigure[];
  readonly missingBenches: string[];
}
export declare function benchTable(figures: readonly BenchFigure[], expectedBenches: readonly string[]): BenchSummary;

export declare function verdict(summary: BenchSummary, vitestPassed: boolean): { failed: boolean; line: string };

export declare function footnoteLines(footnotes: readonly string[]): string[];

export declare function benchmarksMarkdown(input: {
  summary: BenchSummary;
  verdictLine: string;
  machine: Machine;
  /** One-minute load average as the run started: the figures are only as quiet as the machine was. */
  loadAtStart: number;
  date: string;
  command: string;
}): string;
