import { describe, expect, it } from 'vitest';
import { SHIPPED_SCENARIOS } from '../../shared/training/scenarios';
import type { ScoreReport } from '../../shared/training/score-types';
import { csvField, runHistoryCsv, type HistoryColumns } from './run-history-csv';

const COLUMNS: HistoryColumns = {
  trainee: 'Học viên', scenario: 'Kịch bản', version: 'v', startedAt: 's', finishedAt: 'f', points: 'p', maxPoints: 'm', percent: '%', durationSeconds: 'd', targetMinutes: 't',
};

describe('run history CSV', () => {
  it('starts with a UTF-8 byte-order mark and keeps Vietnamese intact', () => {
    const scenario = SHIPPED_SCENARIOS[0];
    if (!scenario) throw new Error('no shipped scenario');
    const report = { points: 7, maxPoints: 9, percent: 77, durationSeconds: 754, targetMinutes: 25 } as ScoreReport;
    const run = { id: 'r', scenarioId: scenario.id, scenarioVersion: 1, trainee: 'Trần Văn "Học"', inspectionId: 'i', startedAt: '2026-11-23T01:00:00.000Z', finishedAt: '2026-11-23T01:12:34.000Z', report };
    const bytes = runHistoryCsv([{ run, scenario }], COLUMNS, 'vi');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe('Học viên,Kịch bản,v,s,f,p,m,%,d,t');
    expect(lines[1]).toBe(`"Trần Văn ""Học""",${scenario.title.vi},1,2026-11-23T01:00:00.000Z,2026-11-23T01:12:34.000Z,7,9,77,754,25`);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-3)).toBe('-3');
  });
});
