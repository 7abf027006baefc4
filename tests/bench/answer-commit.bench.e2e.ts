import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { serveRenderer } from '../../build/serve-renderer.mjs';
import { launchChromium } from '../support/chromium';
import { formatTable, percentile, type BenchRow } from './percentiles';

/**
 * `npm run bench` sets BENCH_FULL=1: 10,000 past inspections, 400 samples.
 * `npm test` runs the same code small so it never rots; its numbers mean little.
 */
const FULL = process.env['BENCH_FULL'] === '1';
const PAST = FULL ? 10_000 : 300;
const SAMPLES = FULL ? 400 : 30;
const BENCH_DIR = fileURLToPath(new URL('../../dist/bench', import.meta.url));

interface BenchApi {
  seed(past: number, answersEach: number): Promise<void>;
  answerLatencies(samples: number): Promise<number[]>;
  rawPutLatencies(samples: number): Promise<number[]>;
}

let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  if (!existsSync(`${BENCH_DIR}/index.html`)) throw new Error('dist/bench is missing: run `npm run build:bench` first.');
  server = await serveRenderer({ root: BENCH_DIR, port: 0 });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

const row = (name: string, samples: number[]): BenchRow => ({ name, p50: percentile(samples, 50), p95: percentile(samples, 95) });

describe(`answer → durable commit (${FULL ? 'full' : 'short'} run)`, () => {
  it(`measures p50/p95 with ${PAST} past inspections against a raw IndexedDB put`, async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
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
