import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { serveBuiltApp, type RunningApp } from '../support/app-server';
import { startHqProcess, type HqProcess } from '../support/hq-process';
import { openApp } from './support/lock';

/**
 * Issue 6 end to end, every part real: the field app in Chromium seals and syncs
 * to an HQ process (embedded PostgreSQL); HQ staff sign in to the HQ workspace
 * HQ serves, filter the inbox, open the inspection, decide (a decision without a
 * reason is refused), an approver confirms; the device pulls the signed decision
 * and shows it.
 */
const ENTRY = fileURLToPath(new URL('./support/sync-seed-entry.ts', import.meta.url));
const shots = process.env['SCREENSHOT_DIR'];
const PASSWORD = 'kiểm-tra-công-vụ-2026';

let app: RunningApp;
let browser: Browser;
let hq: HqProcess;
let seedCode = '';

function createUser(username: string, name: string, role: string): void {
  const run = hq.cli(['create-user', '--username', username, '--name', name, '--role', role]);
  if (run.status !== 0) throw new Error(`create-user failed: ${run.stdout}\n${run.stderr}`);
}

beforeAll(async () => {
  const bundle = await build({ entryPoints: [ENTRY], bundle: true, format: 'iife', globalName: 'InspectionKitSyncSeed', write: false, target: 'chrome120' });
  seedCode = bundle.outputFiles[0]?.text ?? '';
  hq = await startHqProcess();
  hq.env['HQ_NEW_PASSWORD'] = PASSWORD;
  createUser('xemxet', 'Trần Thị Xem Xét', 'reviewer');
  createUser('pheduyet', 'Lê Văn Phê Duyệt', 'approver');
  app = await serveBuiltApp();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await app.close();
  await hq.dispose();
});

async function seedSealed(page: Page): Promise<string> {
  await page.evaluate(seedCode);
  return page.evaluate(() => (window as unknown as { InspectionKitSyncSeed: { seedSealed(): Promise<string> } }).InspectionKitSyncSeed.seedSealed());
}

async function hqPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${hq.url}/`);
  return page;
}

async function signIn(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.getByRole('heading', { name: 'Đăng nhập không gian HQ' }).waitFor();
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

describe('the HQ review workspace in Chromium', () => {
  it('signs in, filters, opens, decides, approves; the device pulls the decision', async () => {
    // The inspector's laptop: two sealed inspections, enrolled, synced.
    const device = await browser.newPage({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
    device.on('pageerror', (error) => {
      throw error;
    });
    await openApp(device, `${app.url}/#/`);
    await device.getByRole('link', { name: 'Đồng bộ HQ' }).first().waitFor();
    const first = await seedSealed(device);
    const second = await seedSealed(device);
    await device.getByRole('link', { name: 'Đồng bộ HQ' }).first().click();
    await device.getByLabel('Địa chỉ HQ').fill(hq.url);
    await device.getByLabel('Mã đăng ký').fill(hq.enrollCode('Phạm Thị Thanh Tra'));
    await device.getByRole('button', { name: 'Đăng ký' }).click();
    await device.getByTestId('sync-hq-url').waitFor();
    await device.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await expect.poll(() => device.getByTestId('outbox-row').allTextContents(), { timeout: 30_000 }).toEqual([expect.stringContaining('Đã đồng bộ'), expect.stringContaining('Đã đồng bộ')]);

    // HQ serves its workspace: a wrong password is refused, in Vietnamese.
    const reviewer = await hqPage();
    await signIn(reviewer, 'xemxet', 'not the password');
    await reviewer.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    await signIn(reviewer, 'xemxet');
    await reviewer.getByRole('heading', { name: 'Hồ sơ kiểm tra đến' }).waitFor();
    const rows = reviewer.getByRole('list', { name: 'Hồ sơ kiểm tra đến' }).getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(2);
    if (shots) await reviewer.screenshot({ path: join(shots, 'hq-inbox.png'), fullPage: true });

    // Open the first inspection: the whole record, its integrity, evidence decrypted by HQ.
    await reviewer.goto(`${hq.url}/#/inspections/${first}`);
    await reviewer.getByText('Chữ ký thiết bị hợp lệ').waitFor();
    await reviewer.getByText('Biên nhận HQ đã cấp').waitFor();
    await reviewer.getByText('Yêu cầu người dân nộp thêm giấy tờ ngoài quy định.').waitFor();
    const evidence = reviewer.getByRole('list', { name: 'Minh chứng (giải mã tại HQ)' }).getByRole('link');
    const evidenceUrl = await evidence.first().getAttribute('href');
    const file = await reviewer.request.get(`${hq.url}${evidenceUrl ?? ''}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toMatch(/^image\//);
    expect([...(await file.body()).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

    await reviewer.getByRole('button', { name: 'Bắt đầu xem xét' }).click();
    await reviewer.getByText('Đang xem xét', { exact: true }).first().waitFor();

    // The team proposed reassignment, so any decision on it needs an approver. Without a reason it is refused
    // before it leaves the page; HQ refuses it too (tested in hq/).
    await reviewer.getByLabel('Đổi sang loại kiến nghị khác').check();
    await reviewer.getByLabel('Loại kiến nghị mới').selectOption({ label: 'Kiểm điểm' });
    await reviewer.getByRole('button', { name: 'Ghi quyết định' }).click();
    await reviewer.getByText('Lý do cần ít nhất 5 ký tự.').waitFor();
    await reviewer.getByText('Điều chuyển, thay thế và đề nghị xem xét kỷ luật chỉ có hiệu lực khi người phê duyệt xác nhận.').waitFor();
    await reviewer.getByLabel('Lý do (bắt buộc)').fill('Lần đầu vi phạm, đã nhận lỗi; kiểm điểm trước tập thể là đủ.');
    await reviewer.getByRole('button', { name: 'Ghi quyết định' }).click();
    await reviewer.getByText('Chờ phê duyệt').waitFor();
    if (shots) await reviewer.screenshot({ path: join(shots, 'hq-decision-pending.png'), fullPage: true });

    // The inbox filter by review status finds it, and only it.
    await reviewer.getByRole('link', { name: 'Hồ sơ đến' }).first().click();
    await reviewer.getByLabel('Trạng thái').selectOption({ label: 'Đang xem xét' });
    await reviewer.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('aria-posinset')).toBe('1');
    expect(await rows.first().getByRole('link').getAttribute('href')).toBe(`#/inspections/${first}`);
    await reviewer.getByLabel('Trạng thái').selectOption({ label: 'Đã nhận' });
    await reviewer.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect.poll(async () => rows.first().getByRole('link').getAttribute('href')).toBe(`#/inspections/${second}`);

    // A reviewer cannot approve; an approver (another person) can.
    const approver = await hqPage();
    await signIn(approver, 'pheduyet');
    await approver.getByRole('heading', { name: 'Hồ sơ kiểm tra đến' }).waitFor();
    await approver.goto(`${hq.url}/#/inspections/${first}`);
    await approver.getByRole('button', { name: 'Phê duyệt quyết định' }).click();
    await approver.getByText('Đã ban hành (thiết bị sẽ nhận được)').waitFor();
    await approver.getByText('Đã quyết định', { exact: true }).first().waitFor();
    if (shots) await approver.screenshot({ path: join(shots, 'hq-decision-released.png'), fullPage: true });

    // Managers' views: the dashboard, the office and the official profiles, the CSV exports.
    await approver.getByRole('link', { name: 'Tổng hợp' }).click();
    await approver.getByRole('heading', { name: 'Bảng tổng hợp' }).waitFor();
    await approver.getByRole('heading', { name: 'Cuộc kiểm tra và phát hiện theo tháng' }).waitFor();
    await approver.locator('.recharts-surface').first().waitFor();
    if (shots) await approver.screenshot({ path: join(shots, 'hq-dashboard.png'), fullPage: true });
    await approver.goto(`${hq.url}/#/offices/TEST-01`);
    await approver.getByText('Lần đầu vi phạm, đã nhận lỗi; kiểm điểm trước tập thể là đủ.').first().waitFor();
    if (shots) await approver.screenshot({ path: join(shots, 'hq-office.png'), fullPage: true });
    await approver.getByRole('link', { name: /Nguyễn Văn Mẫu/ }).first().click();
    await approver.getByText('Hồ sơ cán bộ').waitFor();
    await approver.getByText('Yêu cầu người dân nộp thêm giấy tờ ngoài quy định.').first().waitFor();
    if (shots) await approver.screenshot({ path: join(shots, 'hq-official.png'), fullPage: true });
    const csv = await approver.request.get(`${hq.url}/v1/hq/exports/findings.csv`);
    expect(csv.status()).toBe(200);
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Yêu cầu người dân nộp thêm giấy tờ ngoài quy định.');
    expect((await reviewer.request.get(`${hq.url}/v1/hq/exports/findings.csv`)).status()).toBe(403);

    // The device pulls the signed decision (after "sync now"), shows it, and the inspection is acknowledged.
    await device.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await openApp(device, `${app.url}/#/inspections/${first}/findings`);
    await expect.poll(() => device.getByText('HQ đổi thành Kiểm điểm').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await device.getByText('Đã tiếp nhận').first().waitFor();
    await device.getByText('HQ đổi thành Kiểm điểm').first().click();
    await device.getByText('Lần đầu vi phạm, đã nhận lỗi; kiểm điểm trước tập thể là đủ.').waitFor();
    if (shots) await device.screenshot({ path: join(shots, 'device-decision.png'), fullPage: true });
  }, 240_000);
});
