import type { Locale } from '../../shared/domain/localized';
import type { RunWithScenario } from './use-training-data';

/** One CSV field: quoted when it holds a separator, a quote or a line break; formula starts neutralised. */
export function csvField(value: string | number): string {
  let text = String(value);
  // A cell starting with = + - @ runs as a formula in spreadsheets (CSV injection): prefix a quote mark.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface HistoryColumns {
  readonly trainee: string;
  readonly scenario: string;
  readonly version: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly points: string;
  readonly maxPoints: string;
  readonly percent: string;
  readonly durationSeconds: string;
  readonly targetMinutes: string;
}

/**
 * The run history as CSV: UTF-8 with a byte-order mark (so spreadsheet apps read
 * Vietnamese correctly), CRLF line ends, ISO times, numbers unformatted.
 */
export function runHistoryCsv(rows: readonly RunWithScenario[], columns: HistoryColumns, locale: Locale): Uint8Array {
  const header = [columns.trainee, columns.scenario, columns.version, columns.startedAt, columns.finishedAt, columns.points, columns.maxPoints, columns.percent, columns.durationSeconds, columns.targetMinutes];
  const lines = rows.flatMap(({ run, scenario }) => {
    const report = run.report;
    if (report === null) return [];
    return [[run.trainee, scenario?.title[locale] ?? run.scenarioId, run.scenarioVersion, run.startedAt, run.finishedAt ?? '', report.points, report.maxPoints, report.percent, report.durationSeconds, report.targetMinutes]];
  });
  const text = [header, ...lines].map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
  return new TextEncoder().encode(`\uFEFF${text}`);
}
