import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { BENCH_DIR, benchPageHost } from './bench-page-host';
import { formatTable, percentile, type BenchRow } from './percentiles';

/**
 * `npm run bench` sets BENCH_FULL=1: 10,000 past inspections, 400 samples.
 * `npm test` runs the same code small so it never rots; its numbers mean little.
 */
const FULL = process.env['BENCH_FULL'] === '1';
const PAST = FULL ? 10_000 : 300;
const SAMPLES = FULL ? 400 : 30;

interface BenchApi {
  seed(past: number, answersEach: number): Promise<void>;
  answerLatencies(samples: number): Promise<number[]>;
  rawPutLatencies(samples: number): Promise<number[]>;
}

const openBenchPage = benchPageHost();

const row = (name: string, samples: number[]): BenchRow => ({ name, p50: percentile(samples, 50), p95: percentile(samples, 95) });

describe(`answer → durable commit (${FULL ? 'full' : 'short'} run)`, () => {
  it(`measures p50/p95 with ${PAST} past inspections against a raw IndexedDB put`, async () => {
    const page = await openBenchPage();
    await page.waitForFunction(() => document.title === 'bench-ready');
    await page.evaluate(([past]) => (window as unknown as { inspectionKitBench: BenchApi }).inspectionKitBench.seed(past ?? 0, 10), [PAST]);
    // Interleave warm-up and measurement so both paths see the same disk state.
    const measured = await page.evaluate(async (samples) => {
      const api = (window as unknown as { inspectionKitBench: BenchApi }).inspectionKitBench;
      await api.rawPutLatencies(10);
      await api.answerLatencies(10);
      const raw = await api.rawPutLatencies(samples);
      const answer = await api.answerLatencies(samples);
      return { raw, answer };
    }, SAMPLES);
    const baseline = row('baseline: raw IndexedDB put (strict)', measured.raw);
    const answer = row(`saveAnswer with ${PAST.toLocaleString('en')} past inspections`, measured.answer);
    const table = formatTable(baseline, [answer]);
    console.log(`\n${table}\ntarget: saveAnswer p95 ≤ 20 ms → ${answer.p95 <= 20 ? 'met' : 'NOT met'}\n`);
    mkdirSync(BENCH_DIR, { recursive: true });
    writeFileSync(`${BENCH_DIR}/answer-commit.json`, JSON.stringify({ full: FULL, past: PAST, samples: SAMPLES, baseline, answer }, null, 2));
    expect(measured.answer).toHaveLength(SAMPLES);
    expect(measured.answer.every((ms) => ms > 0 && Number.isFinite(ms))).toBe(true);
  }, FULL ? 600_000 : 120_000);
});
