import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ChecklistRunnerPage, InspectionListPage, NewInspectionPage } from './pages/app-pages';
import { FindingsPage, InspectionTabsPage, SignOffPage } from './pages/record-pages';
import { appInChromium, shot } from './support/app-in-chromium';

const served = appInChromium();
const out = mkdtempSync(join(tmpdir(), 'ik-record-'));
const shots = process.env['SCREENSHOT_DIR'];

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

/** A real JPEG made by Chromium's own encoder. */
async function jpeg(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(800, 600);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.fillStyle = '#2a6f97';
    ctx.fillRect(0, 0, 800, 600);
    ctx.fillStyle = '#ffd166';
    ctx.fillRect(200, 150, 400, 300);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
    return [...new Uint8Array(await blob.arrayBuffer())];
  });
  return Buffer.from(bytes);
}

describe('findings, due process, sign-off, seal and the printed record in Chromium', () => {
  it('records a finding with a photo, blocks the seal until the official is heard, seals, verifies and prints', async () => {
    const page = await served.browser.newPage({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => {
      throw error;
    });
    page.on('dialog', (dialog) => void dialog.accept());
    const list = new InspectionListPage(page);
    await list.open(served.app.url);
    await list.newInspectionButton.click();
    const officeSelect = page.getByLabel('Đơn vị được kiểm tra');
    const office = ((await officeSelect.locator('option').nth(1).textContent()) ?? '').replace(/ \(.*\)$/, '');
    await officeSelect.selectOption({ index: 1 });
    await page.getByLabel('Danh mục kiểm tra').selectOption({ index: 1 });
    const form = new NewInspectionPage(page);
    await form.fill({ lead: 'Phạm Thị Thanh Tra' });
    await form.submit();
    const runner = new ChecklistRunnerPage(page);
    await runner.answer(runner.nth(0), 'Không');
    await expect.poll(() => runner.saveSummary().textContent()).toMatch(/^Đã lưu lúc/);

    const tabs = new InspectionTabsPage(page);
    await tabs.open('Phát hiện');
    const findings = new FindingsPage(page);
    await findings.startNew();
    // Bad input first: nothing chosen, no narrative → localized errors, nothing stored.
    await findings.save();
    await page.getByText('Hãy chọn cán bộ hoặc tập thể đơn vị.').waitFor();
    await page.getByText('Hãy mô tả sự việc.').waitFor();
    expect(await page.evaluate(() => document.querySelectorAll('.finding-list li').length)).toBe(0);

    const official = ((await findings.subject().locator('option').nth(2).textContent()) ?? '').split(' — ')[0] ?? '';
    await findings.fill({ subjectIndex: 2, category: 'Sách nhiễu, gây phiền hà', narrative: 'Yêu cầu người dân bổ sung giấy xác nhận không có trong danh mục thủ tục.', suggestedItem: true });
    await findings.save();
    await expect.poll(() => findings.proposedKind().textContent()).toBe('Điều chuyển công tác khác');
    const citation = (await findings.recommendation().locator('.citation').first().textContent()) ?? '';
    expect(citation).toMatch(/\S/);

    await findings.attach({ name: 'anh-hien-truong.heic', mimeType: 'image/heic', buffer: Buffer.from([1, 2, 3]) });
    await page.getByRole('alert').filter({ hasText: 'anh-hien-truong.heic' }).waitFor();
    await findings.attach({ name: 'anh-hien-truong.jpg', mimeType: 'image/jpeg', buffer: await jpeg(page) });
    await findings.evidenceHeading().filter({ hasText: '(1)' }).waitFor();
    await shot(page, 'finding-editor');

    await tabs.open('Ký và khóa biên bản');
    const signOff = new SignOffPage(page);
    await signOff.submitForReview();
    await signOff.sign('Trưởng đoàn kiểm tra');
    await signOff.sign('Thủ trưởng đơn vị được kiểm tra', 'Nguyễn Văn Giám Đốc');
    await page.getByText('Đã ký', { exact: true }).first().waitFor();
    await signOff.seal();
    await page.getByText(/Không thể khóa biên bản: còn 1 điều kiện/).waitFor();
    await expect.poll(() => signOff.blockers().textContent()).toContain(`Thiếu giải trình của ${official}`);
    await shot(page, 'seal-blocked');

    // Hearing the official means reopening: the signatures covered the old content.
    await signOff.withdrawAndReopen();
    await tabs.open('Phát hiện');
    await page.locator('.finding-list a').first().click();
    await findings.explain('Tôi hướng dẫn theo thói quen cũ, không cố ý gây khó khăn cho người dân.');
    await tabs.open('Ký và khóa biên bản');
    await signOff.submitForReview();
    await signOff.sign('Trưởng đoàn kiểm tra');
    await signOff.sign('Thủ trưởng đơn vị được kiểm tra', 'Nguyễn Văn Giám Đốc');
    await page.getByText('Đủ điều kiện để khóa biên bản.').waitFor();
    await signOff.seal();
    await page.getByRole('heading', { name: 'Biên bản đã được chốt và khóa' }).waitFor();
    const fingerprint = (await page.getByTestId('seal-fingerprint').textContent()) ?? '';
    expect(fingerprint).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
    await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
    await page.getByText('Toàn vẹn: mọi kiểm tra đều đạt.').waitFor();
    await shot(page, 'sealed');

    // A correction after the seal is a sealed addendum, and the record still verifies.
    await page.getByLabel('Nội dung đính chính').fill('Giờ đến đúng là 8 giờ 05, không phải 8 giờ 15.');
    await page.getByLabel('Lý do đính chính').fill('Ghi nhầm giờ');
    await page.getByRole('button', { name: 'Thêm và ký phụ lục' }).click();
    await page.getByText('Phụ lục số 1').waitFor();
    await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
    await page.getByText('Toàn vẹn: mọi kiểm tra đều đạt.').waitFor();
    await tabs.open('Nhật ký');
    await page.getByRole('heading', { name: /^Nhật ký thay đổi/ }).waitFor();
    const events = page.locator('.audit-table tbody tr');
    expect(await events.last().textContent()).toContain('Ký phụ lục');
    expect(await page.locator('.audit-table').textContent()).toContain('Chốt và khóa biên bản');
    await shot(page, 'audit-log');

    // The sealed record is read-only in the UI.
    await tabs.open('Phát hiện');
    await page.locator('.finding-list a').first().click();
    expect(await page.getByLabel('Mô tả sự việc').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: '+ Thêm phát hiện' }).count()).toBe(0);

    await tabs.open('Biên bản (in)');
    await page.locator('.inspection-report').waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = join(out, 'bien-ban.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    if (shots) writeFileSync(join(shots, 'bien-ban.pdf'), readFileSync(pdf));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(office);
    expect(text).toContain(official);
    expect(text).toContain(citation);
    expect(text).toContain('Điều chuyển công tác khác');
    expect(text).toContain(fingerprint);
    expect(text).not.toContain('Các phần của biên bản');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
    await page.close();
  });
});
