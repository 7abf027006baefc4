import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { spawnKillableChromium } from '../support/chromium';
import { ChecklistRunnerPage, InspectionListPage, NewInspectionPage } from './pages/app-pages';
import { FindingsPage, InspectionTabsPage } from './pages/record-pages';
import { passLock, TEST_PASSPHRASE } from './support/lock';
import { appInChromium, shot } from './support/app-in-chromium';

const served = appInChromium();

async function newPage(): Promise<Page> {
  const page = await served.browser.newPage({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

describe('the lock: passphrase, recovery code, manual and idle lock', () => {
  it('sets a passphrase with checks, shows the recovery code once, refuses a wrong passphrase, and recovers with the code', async () => {
    const page = await newPage();
    await page.goto(`${served.app.url}/#/`);
    await page.getByRole('heading', { name: 'Bảo vệ dữ liệu trên máy này' }).waitFor();
    await shot(page, 'lock-setup');

    await page.locator('#setup-passphrase').fill('ngắn');
    await page.locator('#setup-confirm').fill('khác hẳn');
    await button(page, 'Đặt mật khẩu').click();
    await page.getByText('Mật khẩu cần ít nhất 8 ký tự.').waitFor();
    await page.locator('#setup-passphrase').fill(TEST_PASSPHRASE);
    await button(page, 'Đặt mật khẩu').click();
    await page.getByText('Hai mật khẩu không khớp.').waitFor();
    await page.locator('#setup-confirm').fill(TEST_PASSPHRASE);
    await button(page, 'Đặt mật khẩu').click();

    await page.getByRole('heading', { name: 'Mã khôi phục' }).waitFor();
    const unconfirmed = (await page.getByTestId('recovery-code').textContent()) ?? '';
    // Closed before confirming the code was written down: the next unlock shows a new code, the old one is void.
    await page.reload();
    await page.locator('#unlock-passphrase').fill(TEST_PASSPHRASE);
    await button(page, 'Mở khóa').click();
    await page.getByRole('heading', { name: 'Mã khôi phục' }).waitFor();
    const code = (await page.getByTestId('recovery-code').textContent()) ?? '';
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/);
    expect(code).not.toBe(unconfirmed);
    expect(await button(page, 'Vào ứng dụng').isDisabled()).toBe(true);
    await shot(page, 'lock-recovery-code');
    await page.getByRole('checkbox', { name: 'Tôi đã ghi lại mã khôi phục' }).check();
    await button(page, 'Vào ứng dụng').click();
    await new InspectionListPage(page).heading.waitFor();
    await shot(page, 'app-with-lock-button');

    // Locking unmounts the app: nothing of it stays on screen behind the lock.
    await page.getByRole('button', { name: 'Khóa ứng dụng ngay' }).click();
    await page.getByText('Đã khóa ứng dụng. Dữ liệu đã lưu vẫn còn nguyên.').waitFor();
    expect(await page.locator('.app').count()).toBe(0);
    await page.locator('#unlock-passphrase').fill('không phải mật khẩu này');
    await button(page, 'Mở khóa').click();
    await page.getByText('Mật khẩu không đúng.').waitFor();
    expect(await page.locator('#unlock-passphrase').inputValue()).toBe('');
    await shot(page, 'lock-wrong-passphrase');

    // Forgotten passphrase: a wrong code is refused, the real one (typed loosely) opens and sets a new passphrase.
    await button(page, 'Quên mật khẩu?').click();
    await page.getByLabel('Mã khôi phục', { exact: true }).fill('AAAAA-BBBBB-CCCCC-DDDDD-EEEEE');
    await page.locator('#recover-passphrase').fill('Mật khẩu mới của tôi');
    await page.locator('#recover-confirm').fill('Mật khẩu mới của tôi');
    await button(page, 'Khôi phục và mở khóa').click();
    await page.getByText('Mã khôi phục không đúng.').waitFor();
    await shot(page, 'lock-recover');
    await page.getByLabel('Mã khôi phục', { exact: true }).fill(code.toLowerCase().replace(/-/g, ' '));
    await button(page, 'Khôi phục và mở khóa').click();
    await new InspectionListPage(page).heading.waitFor();

    await page.reload();
    await page.locator('#unlock-passphrase').fill(TEST_PASSPHRASE);
    await button(page, 'Mở khóa').click();
    await page.getByText('Mật khẩu không đúng.').waitFor();

    // Changing the passphrase needs the current one; afterwards only the new one opens.
    await button(page, 'Đổi mật khẩu').click();
    await page.locator('#change-current').fill(TEST_PASSPHRASE);
    await page.locator('#change-passphrase').fill('Mật khẩu thứ ba 2026');
    await page.locator('#change-confirm').fill('Mật khẩu thứ ba 2026');
    await button(page, 'Đổi mật khẩu').click();
    await page.getByText('Mật khẩu không đúng.').waitFor();
    await page.locator('#change-current').fill('Mật khẩu mới của tôi');
    await button(page, 'Đổi mật khẩu').click();
    await page.getByText('Đã đổi mật khẩu. Hãy mở khóa bằng mật khẩu mới.').waitFor();
    await shot(page, 'lock-changed');
    await page.locator('#unlock-passphrase').fill('Mật khẩu mới của tôi');
    await button(page, 'Mở khóa').click();
    await page.getByText('Mật khẩu không đúng.').waitFor();
    expect(await passLock(page, 'Mật khẩu thứ ba 2026')).toBe('unlock');
    await page.context().close();
  });

  it('makes the next try wait after five wrong passphrases, also after a reload', async () => {
    const page = await newPage();
    await page.clock.install();
    await page.goto(`${served.app.url}/#/`);
    await passLock(page);
    await page.reload();
    for (let i = 0; i < 5; i++) {
      await page.locator('#unlock-passphrase').fill(`sai lần ${String(i + 1)}`);
      await button(page, 'Mở khóa').click();
      await page.getByText('Mật khẩu không đúng.').waitFor();
    }
    await page.reload();
    await page.locator('#unlock-passphrase').fill(TEST_PASSPHRASE);
    await button(page, 'Mở khóa').click();
    await page.getByText('Đã nhập sai nhiều lần liên tiếp. Hãy thử lại sau 30 giây.').waitFor();
    await shot(page, 'lock-too-many');
    await page.clock.fastForward('00:31');
    expect(await passLock(page)).toBe('unlock');
    await page.context().close();
  });

  it('locks itself after 10 minutes without input, and not while the inspector works', async () => {
    const page = await newPage();
    await page.clock.install();
    await page.goto(`${served.app.url}/#/`);
    await passLock(page);
    const list = new InspectionListPage(page);
    await list.heading.waitFor();
    await page.clock.fastForward('09:00');
    await page.mouse.move(200, 300);
    await page.mouse.move(220, 320);
    await page.clock.fastForward('09:00');
    await list.heading.waitFor({ timeout: 1_000 });
    expect(await page.locator('#unlock-passphrase').count()).toBe(0);
    await page.clock.fastForward('01:05');
    await page.getByText('Ứng dụng đã tự khóa sau 10 phút không sử dụng. Dữ liệu đã lưu vẫn còn nguyên.').waitFor();
    await shot(page, 'lock-idle');
    expect(await passLock(page)).toBe('unlock');
    await list.heading.waitFor();
    await page.context().close();
  });
});

/** Every regular file under `dir`, with its bytes. */
function filesUnder(dir: string): { path: string; bytes: Buffer }[] {
  const out: { path: string; bytes: Buffer }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) continue;
    if (stat.isDirectory()) out.push(...filesUnder(path));
    else if (stat.isFile()) out.push({ path, bytes: readFileSync(path) });
  }
  return out;
}

/** The files that hold `text` as UTF-8 or as UTF-16LE (how V8 serializes strings beyond Latin-1). */
function filesHolding(files: { path: string; bytes: Buffer }[], text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return files.filter((file) => needles.some((needle) => file.bytes.includes(needle))).map((file) => file.path);
}

/**
 * The demo roster ships inside the app's JavaScript, so the browser's HTTP
 * cache holds its names as part of the code. A hit counts only if the file is
 * not a cached copy of that code: it must not also hold the code around the name.
 */
function outsideAppCode(files: { path: string; bytes: Buffer }[], text: string): string[] {
  const assets = new URL('../../dist/renderer/assets/', import.meta.url);
  const code = readdirSync(assets).filter((name) => name.endsWith('.js')).map((name) => readFileSync(new URL(name, assets)));
  const windows = code.flatMap((bytes) => {
    const at = bytes.indexOf(Buffer.from(text, 'utf8'));
    return at < 0 ? [] : [bytes.subarray(Math.max(0, at - 120), at + 120)];
  });
  const hits = filesHolding(files, text);
  return hits.filter((path) => !windows.some((window) => readFileSync(path).includes(window)));
}

describe('personal data in the raw Chromium profile', () => {
  it('holds no official name, narrative, explanation or photo bytes in clear after an inspection', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'ik-at-rest-'));
    try {
      const chromium = await spawnKillableChromium(profile);
      const page = await chromium.context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      const list = new InspectionListPage(page);
      await list.open(served.app.url);
      await list.newInspectionButton.click();
      await page.getByLabel('Đơn vị được kiểm tra').selectOption({ index: 1 });
      await page.getByLabel('Danh mục kiểm tra').selectOption({ index: 1 });
      await new NewInspectionPage(page).fill({ lead: 'Phạm Thị Thanh Tra' });
      await new NewInspectionPage(page).submit();
      const runner = new ChecklistRunnerPage(page);
      const note = 'Ghi chú riêng: quầy số 3 vắng người lúc 9 giờ 40';
      await runner.answer(runner.nth(0), 'Không');
      await runner.addNote(runner.nth(0), note);
      await expect.poll(() => runner.saveSummary().textContent()).toMatch(/^Đã lưu lúc/);

      await new InspectionTabsPage(page).open('Phát hiện');
      const findings = new FindingsPage(page);
      await findings.startNew();
      const official = ((await findings.subject().locator('option').nth(2).textContent()) ?? '').split(' — ')[0]?.trim() ?? '';
      expect(official.length).toBeGreaterThan(5);
      const narrative = 'Yêu cầu bà Lò Thị Mẩy nộp thêm giấy xác nhận cư trú không có trong danh mục.';
      await findings.fill({ subjectIndex: 2, category: 'Sách nhiễu, gây phiền hà', narrative, suggestedItem: true });
      await findings.save();
      await findings.recommendation().waitFor();
      const photo = await page.evaluate(async () => {
        const canvas = new OffscreenCanvas(640, 480);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2d context');
        for (let i = 0; i < 40; i++) {
          ctx.fillStyle = `hsl(${String(i * 9)} 70% 50%)`;
          ctx.fillRect((i * 37) % 600, (i * 53) % 440, 60, 40);
        }
        const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
        return [...new Uint8Array(await blob.arrayBuffer())];
      });
      const photoBytes = Buffer.from(photo);
      await findings.attach({ name: 'anh-quay-3.jpg', mimeType: 'image/jpeg', buffer: photoBytes });
      await findings.evidenceHeading().filter({ hasText: '(1)' }).waitFor();
      const explanation = 'Tôi làm theo hướng dẫn miệng của trưởng bộ phận Một cửa tháng trước.';
      await findings.explain(explanation);

      // The control: a clear value of the same kind, written with the raw IndexedDB API
      // (past the sealing middleware) into the same database. If the scan below could
      // not see text in these files (compression, another encoding), this would not
      // be found and the test fails.
      const canary = 'Đối chứng Nguyễn Thị Lưu Rõ 7319';
      await page.evaluate(
        (value) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('inspection-kit-field');
            request.onerror = () => reject(new Error('open failed'));
            request.onsuccess = () => {
              const tx = request.result.transaction('settings', 'readwrite', { durability: 'strict' });
              tx.objectStore('settings').put({ key: 'e2e.canary', value });
              tx.oncomplete = () => resolve();
              tx.onerror = () => reject(new Error('write failed'));
            };
          }),
        canary,
      );
      // The photo is on screen, opened from its sealed bytes.
      await page.locator('.evidence-thumb').first().waitFor();
      await chromium.kill();

      const files = filesUnder(profile);
      expect(filesHolding(files, canary).length).toBeGreaterThan(0);
      expect(outsideAppCode(files, official)).toEqual([]);
      expect(filesHolding(files, narrative)).toEqual([]);
      expect(filesHolding(files, explanation)).toEqual([]);
      expect(filesHolding(files, note)).toEqual([]);
      expect(filesHolding(files, 'Phạm Thị Thanh Tra')).toEqual([]);
      // 256 bytes from the middle of the JPEG: its entropy-coded data, not a header every JPEG shares.
      const middle = photoBytes.subarray(photoBytes.length >> 1, (photoBytes.length >> 1) + 256);
      expect(files.filter((file) => file.bytes.includes(middle)).map((file) => file.path)).toEqual([]);

      // And the same profile opens again with the passphrase, everything readable.
      const again = await spawnKillableChromium(profile);
      const reopened = await again.context.newPage();
      await reopened.goto(`${served.app.url}/#/`);
      expect(await passLock(reopened)).toBe('unlock');
      await reopened.locator('.inspection-list a, .inspection-list li').first().waitFor();
      await again.kill();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
