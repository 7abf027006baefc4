import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { canMountSmallDisk, spawnKillableChromium, type KillableBrowser } from '../support/chromium';
import { serveBuiltApp, type RunningApp } from '../support/app-server';
import { ChecklistRunnerPage } from './pages/app-pages';
import { InspectionTabsPage } from './pages/record-pages';
import { startInspection } from './pages/start-inspection';
import { reloadApp } from './support/lock';

/**
 * Issue 8: storage runs out mid-inspection. Chromium ignores
 * `Storage.overrideQuotaForOrigin` (docs/0002), so the profile sits on a small
 * tmpfs and the page fills it until IndexedDB refuses with QuotaExceededError.
 */
const FILLER_DB = 'ik-test-quota-filler';

let app: RunningApp;
let profile: string;
let chromium: KillableBrowser | undefined;
beforeAll(async () => {
  app = await serveBuiltApp();
  profile = mkdtempSync(join(tmpdir(), 'ik-quota-'));
});
afterAll(async () => {
  await chromium?.kill();
  await app.close();
  rmSync(profile, { recursive: true, force: true });
});

/** Writes incompressible blobs in shrinking sizes until even 256 bytes are refused; returns bytes stored. */
function fillStorage(page: Page): Promise<{ bytes: number; refusal: string }> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('blobs');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const put = (size: number, key: number) =>
      new Promise<string>((resolve) => {
        const bytes = new Uint8Array(size);
        for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
        const tx = db.transaction('blobs', 'readwrite', { durability: 'strict' });
        tx.objectStore('blobs').put(bytes, key);
        tx.oncomplete = () => resolve('ok');
        tx.onabort = () => resolve(tx.error?.name ?? 'AbortError');
      });
    let stored = 0;
    let key = 0;
    let refusal = '';
    for (const size of [1_048_576, 65_536, 4_096, 256]) {
      for (;;) {
        const outcome = await put(size, key++);
        if (outcome !== 'ok') {
          refusal = outcome;
          break;
        }
        stored += size;
      }
    }
    db.close();
    return { bytes: stored, refusal };
  }, FILLER_DB);
}

function freeStorage(page: Page): Promise<void> {
  return page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error ?? new Error('delete failed'));
      }),
    FILLER_DB,
  );
}

async function expectEarlierAnswers(runner: ChecklistRunnerPage): Promise<void> {
  await runner.progress().waitFor();
  expect(await runner.nth(0).getByRole('radio', { name: 'Có', exact: true }).isChecked()).toBe(true);
  expect(await runner.nth(1).getByRole('radio', { name: 'Không', exact: true }).isChecked()).toBe(true);
  expect(await runner.nth(1).getByRole('textbox', { name: 'Ghi chú' }).inputValue()).toBe('Sổ tiếp dân để ngoài quầy');
  expect(await runner.nth(2).getByRole('radio', { name: 'Không áp dụng' }).isChecked()).toBe(true);
}

describe.skipIf(!canMountSmallDisk())('storage exhausted mid-inspection (Chromium on a 48 MB disk)', () => {
  it('shows the localized error, does not claim a save, and keeps every earlier answer intact', async () => {
    chromium = await spawnKillableChromium(profile, { diskMb: 48 });
    const page = await chromium.context.newPage();
    await startInspection(page, app.url);
    const runner = new ChecklistRunnerPage(page);
    await runner.answer(runner.nth(0), 'Có');
    await runner.answer(runner.nth(1), 'Không');
    await runner.addNote(runner.nth(1), 'Sổ tiếp dân để ngoài quầy');
    await runner.answer(runner.nth(2), 'Không áp dụng');
    await expect.poll(() => runner.saveSummary().textContent()).toMatch(/^Đã lưu lúc/);

    const filled = await fillStorage(page);
    console.info(`quota: filled ${(filled.bytes / 1_048_576).toFixed(1)} MB before IndexedDB refused (${filled.refusal})`);
    expect(filled.refusal).toBe('QuotaExceededError');

    // An answer and a note while storage is full: refused, said so, not shown as saved.
    const fourth = runner.nth(3);
    await runner.answer(fourth, 'Không');
    const banner = page.getByRole('alert').filter({ hasText: 'Máy đã hết dung lượng lưu trữ' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Dữ liệu đã lưu trước đó vẫn nguyên vẹn');
    await expect.poll(() => fourth.locator('.save-indicator').textContent()).toBe('Chưa lưu được');
    await expect.poll(() => fourth.getByRole('radio', { name: 'Không', exact: true }).isChecked()).toBe(false);
    expect(await runner.saveSummary().textContent()).toBe('Có thay đổi chưa lưu được');
    await runner.addNote(runner.nth(0), 'Ghi chú khi đầy bộ nhớ');
    await expect.poll(() => runner.nth(0).locator('.save-indicator').textContent()).toBe('Chưa lưu được');
    expect(await runner.progress().getAttribute('aria-valuenow')).toBe('3');

    // Space freed: the database opens, every earlier answer is intact, nothing refused was stored.
    await freeStorage(page);
    await reloadApp(page);
    await expectEarlierAnswers(runner);
    expect(await runner.progress().getAttribute('aria-valuenow')).toBe('3');
    expect(await runner.nth(3).getByRole('radio', { name: 'Không', exact: true }).isChecked()).toBe(false);
    expect(await runner.nth(0).getByRole('textbox', { name: 'Ghi chú' }).count()).toBe(0);

    // The inspection continues, and its audit chain and rows still verify.
    await runner.answer(runner.nth(3), 'Không');
    await expect.poll(() => runner.nth(3).locator('.save-indicator').textContent()).toBe('Đã lưu');
    await reloadApp(page);
    await expectEarlierAnswers(runner);
    expect(await runner.progress().getAttribute('aria-valuenow')).toBe('4');
    await new InspectionTabsPage(page).open('Nhật ký');
    await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
    await page.getByText('Toàn vẹn: mọi kiểm tra đều đạt.').waitFor();
  });
});
