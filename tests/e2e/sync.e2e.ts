import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { openDatabase } from '../../hq/db/database';
import { createLogger } from '../../hq/log';
import { launchChromium } from '../support/chromium';
import { serveBuiltApp, type RunningApp } from '../support/app-server';
import { startHqProcess, type HqProcess } from '../support/hq-process';
import { openApp, reloadApp } from './support/lock';

/**
 * The built app in Chromium against a real HQ process (embedded PostgreSQL):
 * enroll with a one-time code, sync a sealed inspection, queue while HQ is
 * down and sync when it returns, and carry one on "USB" (.ikb → hq import).
 */
const ENTRY = fileURLToPath(new URL('./support/sync-seed-entry.ts', import.meta.url));
const shots = process.env['SCREENSHOT_DIR'];

let app: RunningApp;
let browser: Browser;
let hq: HqProcess;
let seedCode = '';
const out = mkdtempSync(join(tmpdir(), 'ik-sync-e2e-'));

beforeAll(async () => {
  const bundle = await build({ entryPoints: [ENTRY], bundle: true, format: 'iife', globalName: 'InspectionKitSyncSeed', write: false, target: 'chrome120' });
  seedCode = bundle.outputFiles[0]?.text ?? '';
  hq = await startHqProcess();
  app = await serveBuiltApp();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await app.close();
  await hq.dispose();
  rmSync(out, { recursive: true, force: true });
});

async function seedSealed(page: Page): Promise<string> {
  // DevTools evaluation is not subject to the page's CSP; the app itself never evals.
  await page.evaluate(seedCode);
  return page.evaluate(() => (window as unknown as { InspectionKitSyncSeed: { seedSealed(): Promise<string> } }).InspectionKitSyncSeed.seedSealed());
}

/** What HQ stored, read from its own database (attached, not started: HQ owns it). */
async function bundlesAtHq(): Promise<{ inspection_id: string; source: string }[]> {
  const database = await openDatabase({ databaseUrl: undefined, dataDir: hq.dataDir }, createLogger('silent'));
  try {
    const { rows } = await database.db.query<{ inspection_id: string; source: string }>('SELECT inspection_id, source FROM bundles ORDER BY received_at');
    return rows;
  } finally {
    await database.close();
  }
}

const outboxStates = (page: Page) => page.getByTestId('outbox-row').allTextContents();

describe('sync to HQ from the app in Chromium', () => {
  it('enrolls, syncs, queues while HQ is down, syncs when it returns, and exports .ikb for hq import', async () => {
    const page = await browser.newPage({ locale: 'vi-VN', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page.on('pageerror', (error) => {
      throw error;
    });
    page.on('dialog', (dialog) => void dialog.accept());
    await openApp(page, `${app.url}/#/`);
    await page.getByRole('link', { name: 'Đồng bộ HQ' }).first().waitFor();
    const first = await seedSealed(page);

    // Enrollment: a wrong code first → HQ's reason, localized; nothing stored.
    await page.getByRole('link', { name: 'Đồng bộ HQ' }).first().click();
    await page.getByRole('heading', { name: 'Đồng bộ với HQ' }).waitFor();
    await page.getByLabel('Địa chỉ HQ').fill(hq.url);
    await page.getByLabel('Mã đăng ký').fill('AAAA-BBBB-CCCC');
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.getByText('HQ không nhận ra mã đăng ký này.').waitFor();
    await page.getByLabel('Mã đăng ký').fill(hq.enrollCode('Phạm Thị Thanh Tra'));
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.getByTestId('sync-hq-url').waitFor();
    await expect.poll(() => page.getByTestId('sync-hq-url').textContent()).toContain(hq.url);

    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await expect.poll(() => outboxStates(page), { timeout: 30_000 }).toEqual([expect.stringContaining('Đã đồng bộ')]);
    expect((await bundlesAtHq()).map((b) => b.inspection_id)).toEqual([first]);
    if (shots) await page.screenshot({ path: join(shots, 'sync-synced.png'), fullPage: true });

    // HQ goes away: the next sealed inspection waits in the outbox, nothing is lost.
    await hq.stop();
    const second = await seedSealed(page);
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await expect.poll(() => page.getByTestId('sync-state').textContent(), { timeout: 30_000 }).toMatch(/Không kết nối được HQ|chờ gửi/);
    await expect.poll(() => outboxStates(page)).toContainEqual(expect.stringContaining('Chờ gửi'));
    if (shots) await page.screenshot({ path: join(shots, 'sync-hq-down.png'), fullPage: true });

    // HQ is back: "sync now" sends it.
    await hq.start();
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await expect.poll(() => outboxStates(page), { timeout: 30_000 }).toEqual([expect.stringContaining('Đã đồng bộ'), expect.stringContaining('Đã đồng bộ')]);
    expect((await bundlesAtHq()).map((b) => b.inspection_id).sort()).toEqual([first, second].sort());

    // No network at all: the third goes on a USB stick as .ikb, and HQ imports it.
    await hq.stop();
    const third = await seedSealed(page);
    await reloadApp(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất tất cả chưa đồng bộ (.ikb)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.ikb$/);
    const file = join(out, download.suggestedFilename());
    await download.saveAs(file);
    const imported = hq.cli(['import', file]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/imported\D*1/i);
    const again = hq.cli(['import', out]);
    expect(again.stdout).toMatch(/duplicate\D*1/i);
    await hq.start();
    expect((await bundlesAtHq()).find((b) => b.inspection_id === third)?.source).toBe('import');
    // The device still holds it as unsynced until HQ's receipt comes over HTTP: the same bytes, the same receipt.
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await expect.poll(() => outboxStates(page), { timeout: 30_000 }).toEqual(Array<unknown>(3).fill(expect.stringContaining('Đã đồng bộ')));
    expect((await bundlesAtHq()).length).toBe(3);
  }, 180_000);
});
