import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, spawnKillableChromium } from '../support/chromium';
import { serveBuiltApp, type RunningApp } from '../support/app-server';
import { seedPastInspections } from '../support/seed';
import { ChecklistRunnerPage, InspectionListPage, NewInspectionPage } from './pages/app-pages';
import { openApp, reloadApp } from './support/lock';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await serveBuiltApp();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await app.close();
});

async function freshPage(context?: BrowserContext): Promise<Page> {
  const ctx = context ?? (await browser.newContext({ locale: 'vi-VN' }));
  const page = await ctx.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

/** The first office and first template offered by the form, whatever the catalogue holds. */
async function createInspection(page: Page): Promise<{ office: string }> {
  const list = new InspectionListPage(page);
  await list.open(app.url);
  await list.newInspectionButton.click();
  const form = new NewInspectionPage(page);
  const officeSelect = page.getByLabel('Đơn vị được kiểm tra');
  const office = (await officeSelect.locator('option').nth(1).textContent()) ?? '';
  await officeSelect.selectOption({ index: 1 });
  await page.getByLabel('Danh mục kiểm tra').selectOption({ index: 1 });
  await form.fill({ lead: 'Phạm Thị Thanh Tra', members: 'Đỗ Văn Kiểm\nHoàng Thị Soát' });
  await form.submit();
  await page.getByRole('progressbar').waitFor();
  return { office: office.replace(/ \(.*\)$/, '') };
}

async function answerFirstItems(page: Page): Promise<void> {
  const runner = new ChecklistRunnerPage(page);
  await runner.answer(runner.nth(0), 'Có');
  await runner.answer(runner.nth(1), 'Không');
  await runner.addNote(runner.nth(1), 'Cán bộ không đeo thẻ tên lúc 8 giờ 05');
  await runner.answer(runner.nth(2), 'Không áp dụng');
  await expect.poll(() => runner.saveSummary().textContent()).toMatch(/^Đã lưu lúc/);
}

async function expectAnswersRestored(page: Page): Promise<void> {
  const runner = new ChecklistRunnerPage(page);
  await runner.progress().waitFor();
  expect(await runner.nth(0).getByRole('radio', { name: 'Có', exact: true }).isChecked()).toBe(true);
  expect(await runner.nth(1).getByRole('radio', { name: 'Không', exact: true }).isChecked()).toBe(true);
  expect(await runner.nth(2).getByRole('radio', { name: 'Không áp dụng' }).isChecked()).toBe(true);
  expect(await runner.nth(1).getByRole('textbox', { name: 'Ghi chú' }).inputValue()).toBe('Cán bộ không đeo thẻ tên lúc 8 giờ 05');
  expect(await runner.progress().getAttribute('aria-valuenow')).toBe('3');
}

describe('field workspace in Chromium', () => {
  it('opens in Vietnamese with the demo roster and the catalogue', async () => {
    const page = await freshPage();
    const list = new InspectionListPage(page);
    await list.open(app.url);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.getByText('Chưa có cuộc kiểm tra nào trên máy này', { exact: false }).waitFor();
    await list.newInspectionButton.click();
    const offices = await page.getByLabel('Đơn vị được kiểm tra').locator('option').count();
    const templates = await page.getByLabel('Danh mục kiểm tra').locator('option').count();
    expect(offices - 1).toBe(3);
    expect(templates - 1).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  it('creates an inspection, autosaves answers and notes, and finds them after a reload', async () => {
    const page = await freshPage();
    const { office } = await createInspection(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(office);
    await answerFirstItems(page);
    await reloadApp(page);
    await expectAnswersRestored(page);
    await openApp(page, `${app.url}/#/`);
    await new InspectionListPage(page).heading.waitFor();
    await expect.poll(() => page.getByRole('listitem').count()).toBe(1);
    expect(await page.getByRole('listitem').textContent()).toContain('Đang kiểm tra');
    await page.context().close();
  });

  it('keeps every saved answer when the browser process is killed', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'ik-profile-'));
    try {
      const first = await spawnKillableChromium(profile);
      const page = await freshPage(first.context);
      await createInspection(page);
      await answerFirstItems(page);
      const url = page.url();
      await first.kill();

      const second = await spawnKillableChromium(profile);
      const again = await freshPage(second.context);
      await openApp(again, url);
      await expectAnswersRestored(again);
      await second.kill();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('can be answered from the keyboard alone', async () => {
    const page = await freshPage();
    await createInspection(page);
    const runner = new ChecklistRunnerPage(page);
    const first = runner.nth(0);
    await first.getByRole('radio', { name: 'Có', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => first.getByRole('radio', { name: 'Không', exact: true }).isChecked()).toBe(true);
    // Alt+↓ jumps to the next item's first control.
    await page.keyboard.press('Alt+ArrowDown');
    const focusedCard = () => page.evaluate(() => document.activeElement?.closest('[data-item-card]')?.id ?? null);
    const firstId = await first.getAttribute('id');
    await expect.poll(focusedCard).not.toBe(firstId);
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(focusedCard).toBe(firstId);
    await expect.poll(() => runner.saveSummary().textContent()).toMatch(/^Đã lưu lúc/);
    await reloadApp(page);
    await runner.progress().waitFor();
    expect(await first.getByRole('radio', { name: 'Không', exact: true }).isChecked()).toBe(true);
    await page.context().close();
  });

  it('switches to English and remembers the choice', async () => {
    const page = await freshPage();
    const list = new InspectionListPage(page);
    await list.open(app.url);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Inspections' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await reloadApp(page);
    await page.getByRole('heading', { name: 'Inspections' }).waitFor();
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Các cuộc kiểm tra' }).waitFor();
    await page.context().close();
  });

  it('shows field errors for invalid input and saves nothing', async () => {
    const page = await freshPage();
    const list = new InspectionListPage(page);
    await list.open(app.url);
    await list.newInspectionButton.click();
    const form = new NewInspectionPage(page);
    await form.arrival().fill('');
    await form.submit();
    await expect.poll(() => form.fieldErrors().allTextContents()).toEqual([
      'Hãy chọn đơn vị được kiểm tra.',
      'Hãy chọn danh mục kiểm tra.',
      'Hãy nhập họ và tên trưởng đoàn (ít nhất 2 ký tự).',
      'Hãy nhập thời điểm đến đơn vị.',
    ]);
    await page.getByLabel('Đơn vị được kiểm tra').selectOption({ index: 1 });
    await page.getByLabel('Danh mục kiểm tra').selectOption({ index: 1 });
    await form.fill({ lead: 'A', members: 'B' });
    await form.arrival().fill('2099-01-01T08:00');
    await form.submit();
    await expect.poll(() => form.fieldErrors().allTextContents()).toEqual([
      'Hãy nhập họ và tên trưởng đoàn (ít nhất 2 ký tự).',
      'Mỗi thành viên cần có họ và tên từ 2 đến 120 ký tự.',
      'Thời điểm đến không thể ở tương lai.',
    ]);
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('inspection-kit-field');
          open.onerror = () => reject(new Error('open failed'));
          open.onsuccess = () => {
            const count = open.result.transaction('inspections').objectStore('inspections').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(stored).toBe(0);
    await page.context().close();
  });

  it('lists 10,000 inspections with only the visible rows in the page, and filters them', async () => {
    const page = await freshPage();
    const list = new InspectionListPage(page);
    await list.open(app.url);
    const officeCodes = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const open = indexedDB.open('inspection-kit-field');
          open.onsuccess = () => {
            const keys = open.result.transaction('offices').objectStore('offices').getAllKeys();
            keys.onsuccess = () => resolve(keys.result.map(String));
          };
        }),
    );
    await seedPastInspections(page, { count: 10_000, officeCodes, templateId: 'unannounced-district-office', templateVersion: 1, itemCount: 30 });
    await reloadApp(page);
    await page.getByText('Hiển thị 10.000 / 10.000 cuộc kiểm tra').waitFor();
    const rendered = await list.rows().count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    await page.locator('.list-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    // Newest first, so the oldest seeded inspection is the last row.
    await page.locator('.row-meta', { hasText: /Thanh tra viên 0$/ }).waitFor();
    await page.getByLabel('Trạng thái', { exact: true }).selectOption({ label: 'Đã đồng bộ' });
    await page.getByText(/Hiển thị 2\.000 \/ 10\.000/).waitFor();
    await page.getByLabel('Đơn vị', { exact: true }).selectOption({ index: 1 });
    const filtered = Number((await page.getByText(/^Hiển thị/).textContent())?.match(/Hiển thị ([\d.]+)/)?.[1]?.replace('.', ''));
    expect(filtered).toBeGreaterThan(600);
    expect(filtered).toBeLessThan(700);
    await page.getByLabel('Trạng thái', { exact: true }).selectOption({ index: 0 });
    await page.getByLabel('Đơn vị', { exact: true }).selectOption({ index: 0 });
    await list.search('thanh tra vien 9999');
    await expect.poll(() => list.rows().count()).toBe(1);
    await page.context().close();
  });
});
