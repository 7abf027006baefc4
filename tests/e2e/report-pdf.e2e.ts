import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build as viteBuild } from 'vite';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveRenderer } from '../../build/serve-renderer.mjs';
import { launchChromium } from '../support/chromium';
import type { RunningApp } from '../support/app-server';
import { SignatureImage } from '../../shared/domain/sign-off';
import { FIXTURE, INSPECTION_ID } from './support/report-fixture';

/**
 * The printed biên bản in a real Chromium: the report is rendered inside a copy
 * of the app's shell, under the app's CSP, printed to PDF the way Electron's
 * printToPDF does, and read back with poppler (pdftotext, pdfinfo, pdfimages).
 * Set UPDATE_SCREENSHOTS=1 to refresh docs/screenshots/inspection-record.png,
 * KEEP_REPORT_PDF=1 to keep the PDFs for a look.
 */
const HARNESS_ROOT = fileURLToPath(new URL('./support/report-page', import.meta.url));
const HARNESS_OUT = fileURLToPath(new URL('../../dist/e2e-report', import.meta.url));
const RENDERER_CONFIG = fileURLToPath(new URL('../../renderer/vite.config.ts', import.meta.url));
const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshots/inspection-record.png', import.meta.url));
const run = promisify(execFile);

interface ReportHarness {
  showReport(options: { sealed: boolean; locale: 'vi' | 'en' }): Promise<{ fingerprint: string | null; signatures: string[] }>;
  showPads(): void;
  padValues(): (string | null)[];
}
/** The page's global; evaluated functions are serialised, so each names it itself. */
type HarnessWindow = { reportHarness: ReportHarness };

let server: RunningApp;
let browser: Browser;
let outDir: string;

beforeAll(async () => {
  await viteBuild({ configFile: RENDERER_CONFIG, root: HARNESS_ROOT, logLevel: 'warn', build: { outDir: HARNESS_OUT, emptyOutDir: true, sourcemap: false } });
  server = await serveRenderer({ root: HARNESS_OUT, port: 0 });
  browser = await launchChromium();
  outDir = mkdtempSync(join(tmpdir(), 'inspection-record-'));
});

afterAll(async () => {
  await browser.close();
  await server.close();
  if (process.env['KEEP_REPORT_PDF'] === '1') console.log(`PDFs kept in ${outDir}`);
  else rmSync(outDir, { recursive: true, force: true });
});

/** A fresh page on the harness; console errors (a CSP violation, a React warning) fail the test. */
async function openHarness(options: { deviceScaleFactor?: number } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 1300 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    // The app's CSP <meta> repeats the header's frame-ancestors, which only a header can enforce;
    // failed loads are reported with their URL below.
    if (message.type() === 'error' && !text.includes("'frame-ancestors' is ignored") && !text.startsWith('Failed to load resource')) errors.push(text);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(`${String(response.status())} ${response.url()}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => document.title === 'report-ready');
  return { context, page, errors };
}

async function showReport(page: Page, sealed: boolean, locale: 'vi' | 'en' = 'vi') {
  const shown = await page.evaluate((o) => (window as unknown as HarnessWindow).reportHarness.showReport(o), { sealed, locale });
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all([...document.images].map((image) => image.decode()));
  });
  return shown;
}

interface PrintedPdf {
  readonly text: string;
  readonly pages: number;
  readonly size: { width: number; height: number; label: string };
  readonly images: number;
  readonly path: string;
}

async function printPdf(page: Page, name: string): Promise<PrintedPdf> {
  const path = join(outDir, `${name}.pdf`);
  // preferCSSPageSize: the report's `@page { size: A4 }` decides, as it will in Electron's printToPDF.
  writeFileSync(path, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  const [text, info, images] = await Promise.all([
    run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-']),
    run('pdfinfo', [path]),
    run('pdfimages', ['-list', path]),
  ]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/.exec(info.stdout);
  return {
    text: text.stdout.normalize('NFC'),
    pages: Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? 0),
    size: { width: Number(size?.[1]), height: Number(size?.[2]), label: size?.[3] ?? '' },
    // `pdfimages -list` prints two header lines, then one line per image.
    images: images.stdout.trim().split('\n').length - 2,
    path,
  };
}

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

describe('printed inspection record (biên bản kiểm tra)', () => {
  it('prints a sealed record on A4 with the office, officials, citations, recommendations and seal, and nothing of the app around it', async () => {
    const { context, page, errors } = await openHarness();
    const { fingerprint, signatures } = await showReport(page, true);
    const pdf = await printPdf(page, 'sealed');

    // A4 is 595.28 × 841.89 pt; Chromium rounds to its own device units.
    expect(pdf.size.label).toBe('A4');
    expect(pdf.size.width).toBeCloseTo(595.3, 0);
    expect(Math.abs(pdf.size.height - 841.9)).toBeLessThan(1);
    expect(pdf.pages).toBeGreaterThanOrEqual(3);

    for (const text of [
      'BẢO HIỂM XÃ HỘI VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'BIÊN BẢN KIỂM TRA CÔNG VỤ', '(Kiểm tra đột xuất)', '23/11/2026 08:15',
      FIXTURE.officeName, ...FIXTURE.officialNames, '3476/BHXH-TCCB#2.5', 'Công văn số 3476/BHXH-TCCB',
      'Biểu dương', 'Điều chuyển công tác khác', 'Không được đề xuất: Biểu dương', 'Nghị định 73/2023/NĐ-CP',
      'Người làm chứng: Lê Minh Khoa', 'Không đạt', 'Biên bản bổ sung số 1', 'NIÊM PHONG ĐIỆN TỬ',
    ]) {
      expect(pdf.text, text).toContain(text);
    }
    expect(fingerprint).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
    // In the seal block and in the running footer of every page.
    expect(occurrences(pdf.text, fingerprint ?? '?')).toBeGreaterThanOrEqual(pdf.pages + 1);
    expect(occurrences(pdf.text, `Biên bản ${INSPECTION_ID}`)).toBe(pdf.pages);
    expect(pdf.text).toContain(`Trang 1/${String(pdf.pages)}`);
    expect(pdf.text).toContain(`Trang ${String(pdf.pages)}/${String(pdf.pages)}`);
    expect(pdf.text).not.toContain('APP-CHROME');
    expect(pdf.text).not.toContain('BẢN NHÁP');

    // Both signatures are valid for the sealed record and printed as images.
    for (const image of signatures) expect(SignatureImage.safeParse(image).success).toBe(true);
    expect(pdf.images).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);

    if (process.env['UPDATE_SCREENSHOTS'] === '1') {
      const sheet = await page.locator('.ir-sheet').boundingBox();
      if (sheet) {
        await page.screenshot({ path: SCREENSHOT, fullPage: true, clip: { x: sheet.x - 16, y: sheet.y - 16, width: sheet.width + 32, height: 1123 + 32 } });
      }
    }
    await context.close();
  });

  it('marks a draft preview on every page and prints no seal', async () => {
    const { context, page, errors } = await openHarness();
    const { fingerprint } = await showReport(page, false);
    const pdf = await printPdf(page, 'draft');

    expect(fingerprint).toBeNull();
    expect(pdf.text).toContain('BẢN NHÁP — CHƯA NIÊM PHONG');
    expect(pdf.text).toContain('Biên bản chưa được chốt và khóa');
    expect(occurrences(pdf.text, 'Bản nháp chưa niêm phong')).toBe(pdf.pages);
    expect(pdf.text).not.toContain('Mã băm toàn văn biên bản');
    expect(pdf.text).not.toContain('Biên bản bổ sung số');
    expect(pdf.text).not.toContain('APP-CHROME');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints in English when asked, keeping what people wrote in Vietnamese', async () => {
    const { context, page, errors } = await openHarness();
    await showReport(page, true, 'en');
    const report = page.getByRole('article', { name: 'PUBLIC-SERVICE INSPECTION RECORD' });
    await expect.poll(() => report.getAttribute('lang')).toBe('en');
    const text = (await report.textContent()) ?? '';
    for (const expected of ['SOCIALIST REPUBLIC OF VIET NAM', '(Unannounced inspection)', 'Reassignment to other work', 'Witness: Lê Minh Khoa', FIXTURE.officeName]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('BIÊN BẢN KIỂM TRA CÔNG VỤ');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('signature pad', () => {
  const padValues = (page: Page) => page.evaluate(() => (window as unknown as HarnessWindow).reportHarness.padValues());

  it('turns mouse strokes into a PNG the sealed record accepts, at the screen density, and clears to null', async () => {
    const { context, page, errors } = await openHarness({ deviceScaleFactor: 2 });
    await page.evaluate(() => (window as unknown as HarnessWindow).reportHarness.showPads());
    const group = page.getByRole('group', { name: 'Chữ ký của trưởng đoàn' });
    const canvas = group.getByRole('img', { name: 'Chữ ký của trưởng đoàn', exact: true });
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('canvas not laid out');
    expect(await canvas.evaluate((c: HTMLCanvasElement) => [c.width, c.height])).toEqual([960, 320]);

    // A tap is not a signature.
    await page.mouse.click(box.x + 40, box.y + 40);
    expect((await padValues(page))[0]).toBeNull();

    await page.mouse.move(box.x + 40, box.y + 100);
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) await page.mouse.move(box.x + 40 + i * 12, box.y + 100 - 50 * Math.sin(i / 3), { steps: 2 });
    await page.mouse.up();
    const drawn = (await padValues(page))[0] ?? '';
    expect(SignatureImage.safeParse(drawn).success).toBe(true);
    expect(drawn.length).toBeLessThan(400_000);
    await expect.poll(() => group.getByRole('status').textContent()).toBe('Đã có chữ ký');

    await group.getByRole('button', { name: 'Xóa chữ ký' }).click();
    expect((await padValues(page))[0]).toBeNull();
    await expect.poll(() => group.getByRole('status').textContent()).toBe('Chưa ký');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('can be signed from the keyboard alone by typing a name', async () => {
    const { context, page, errors } = await openHarness();
    await page.evaluate(() => (window as unknown as HarnessWindow).reportHarness.showPads());
    const group = page.getByRole('group', { name: 'Chữ ký của thủ trưởng đơn vị' });
    const typeMode = group.getByRole('button', { name: 'Ký bằng cách gõ tên' });
    await typeMode.focus();
    await page.keyboard.press('Enter');
    expect(await typeMode.getAttribute('aria-pressed')).toBe('true');
    // Focus moves to the typed-name field (a text input of the pad; the browser must not remember it).
    await expect.poll(() => page.evaluate(() => {
      const active = document.activeElement;
      return active instanceof HTMLInputElement ? `${active.type}:${active.maxLength}:${String(active.getAttribute('autocomplete'))}` : null;
    })).toBe('text:120:off');
    await page.keyboard.type('Nguyễn Văn An');
    await expect.poll(async () => SignatureImage.safeParse((await padValues(page))[1]).success).toBe(true);
    expect(await group.getByRole('textbox', { name: 'Họ và tên để ký' }).inputValue()).toBe('Nguyễn Văn An');

    // Emptying the name empties the signature.
    await group.getByRole('textbox', { name: 'Họ và tên để ký' }).fill('');
    expect((await padValues(page))[1]).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a stored signature read-only as an image', async () => {
    const { context, page } = await openHarness();
    await page.evaluate(() => (window as unknown as HarnessWindow).reportHarness.showPads());
    const stored = page.getByRole('img', { name: 'Chữ ký đã lưu' });
    expect(await stored.evaluate((node) => node.tagName)).toBe('IMG');
    expect(await stored.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await context.close();
  });
});
