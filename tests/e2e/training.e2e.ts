import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findTemplate, itemsOf } from '../../shared/catalogue';
import { SHIPPED_SCENARIOS } from '../../shared/training/scenarios';
import { SCENARIO_PACK_FORMAT, type Scenario } from '../../shared/training/scenario';
import { ChecklistRunnerPage, InspectionListPage, NewInspectionPage } from './pages/app-pages';
import { FindingsPage } from './pages/record-pages';
import { ScenarioLibraryPage, ScoreSheetPage, TrainingHomePage, TrainingRunPage } from './pages/training-pages';
import { appInChromium, shot as fullPageShot } from './support/app-in-chromium';

const served = appInChromium();

async function freshPage(): Promise<Page> {
  const page = await served.browser.newPage({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => {
    throw error;
  });
  page.on('dialog', (dialog) => void dialog.accept());
  return page;
}

const shot = (page: Page, name: string) => fullPageShot(page, name, true);

const ANSWER_LABEL = { yes: 'Có', no: 'Không', na: 'Không áp dụng' } as const;
const CATEGORY_LABEL: Record<string, string> = { pushing_onto_citizens: 'Đẩy trách nhiệm cho người dân', harassment: 'Sách nhiễu, gây phiền hà' };
const SEVERITY_LABEL: Record<string, string> = { low: 'Mức độ: thấp', medium: 'Mức độ: trung bình', high: 'Mức độ: cao', critical: 'Mức độ: nghiêm trọng' };

/** The scenario the full run follows: one official pushed a procedure onto a citizen. */
const SCENARIO = SHIPPED_SCENARIOS.find((s) => s.id === 'citizen-sent-for-papers') as Scenario;
const TEMPLATE = findTemplate(SCENARIO.template.id, SCENARIO.template.version);
const prompt = (itemId: string): string => {
  const item = TEMPLATE && itemsOf(TEMPLATE).find((entry) => entry.id === itemId);
  if (!item) throw new Error(`no item ${itemId} in ${SCENARIO.template.id}`);
  return item.prompt.vi;
};

/** A real JPEG from Chromium's own encoder, as evidence for the finding. */
async function jpeg(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(320, 240);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.fillStyle = '#7a3e9d';
    ctx.fillRect(0, 0, 320, 240);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
    return [...new Uint8Array(await blob.arrayBuffer())];
  });
  return Buffer.from(bytes);
}

/**
 * Every object store of an IndexedDB database as JSON, read straight from the
 * page (not through the app). Blobs and keys are described by what can be compared.
 */
function dumpDatabase(page: Page, name: string): Promise<{ json: string; counts: Record<string, number> }> {
  return page.evaluate(async (dbName) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dbName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    try {
      const stores = [...db.objectStoreNames].sort();
      const dump: Record<string, unknown[]> = {};
      for (const store of stores) {
        dump[store] = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        });
      }
      const json = JSON.stringify(dump, (_key, value: unknown) => {
        if (value instanceof Blob) return { blob: value.type, size: value.size };
        if (value instanceof CryptoKey) return { cryptoKey: value.type, algorithm: value.algorithm, usages: value.usages };
        if (value instanceof Uint8Array) return { bytes: Array.from(value) };
        return value;
      });
      return { json, counts: Object.fromEntries(stores.map((store) => [store, dump[store]?.length ?? 0])) };
    } finally {
      db.close();
    }
  }, name);
}

/** A real field inspection with one answer, so the field database holds more than its first-run seed. */
async function recordFieldWork(page: Page): Promise<void> {
  const list = new InspectionListPage(page);
  await list.open(served.app.url);
  await list.newInspectionButton.click();
  await page.getByLabel('Đơn vị được kiểm tra').selectOption({ index: 1 });
  await page.getByLabel('Danh mục kiểm tra').selectOption({ index: 1 });
  const form = new NewInspectionPage(page);
  await form.fill({ lead: 'Phạm Thị Thanh Tra' });
  await form.submit();
  const runner = new ChecklistRunnerPage(page);
  await runner.answer(runner.nth(0), 'Không');
  await expect.poll(() => runner.saveSummary().textContent()).toMatch(/^Đã lưu lúc/);
}

/** Follows the scenario's key through the real runner and finding editor. */
async function rehearse(page: Page, trainee: string): Promise<void> {
  const home = new TrainingHomePage(page);
  await home.open(served.app.url);
  await home.banner().waitFor();
  await home.start(SCENARIO.title.vi, trainee);
  const run = new TrainingRunPage(page);
  expect(await run.situation().textContent()).toContain(SCENARIO.office.name);

  for (const expected of SCENARIO.key.answers) {
    const value = expected.accept[0];
    if (value?.type !== 'yes_no_na') throw new Error(`the test answers yes/no items only, not ${expected.itemId}`);
    await run.answer(prompt(expected.itemId), ANSWER_LABEL[value.value]);
  }
  const runner = new ChecklistRunnerPage(page);
  await expect.poll(() => runner.progress().getAttribute('aria-valuenow')).toBe(String(SCENARIO.key.answers.length));
  await shot(page, 'training-run');

  const expectedFinding = SCENARIO.key.findings[0];
  if (expectedFinding?.subject.type !== 'official') throw new Error('the scenario expects a finding about an official');
  const officialId = expectedFinding.subject.officialId;
  const official = SCENARIO.officials.find((o) => o.id === officialId);
  await run.openTab('Phát hiện');
  const findings = new FindingsPage(page);
  await findings.startNew();
  const option = findings.subject().locator('option', { hasText: official?.fullName ?? '?' });
  await findings.subject().selectOption({ label: (await option.textContent()) ?? '' });
  await page.getByLabel('Nhóm vi phạm').selectOption({ label: CATEGORY_LABEL[expectedFinding.categories[0] ?? ''] ?? '' });
  await page.getByLabel('Mức độ', { exact: true }).selectOption({ label: SEVERITY_LABEL[expectedFinding.minSeverity ?? 'medium'] ?? '' });
  await page.getByLabel('Mô tả sự việc').fill('Yêu cầu bà Tâm tự đi xin xác nhận cư trú và xác nhận quá trình làm việc, không có trong thành phần hồ sơ niêm yết.');
  for (const itemId of expectedFinding.itemIds) await page.locator('.item-picker-list label', { hasText: prompt(itemId) }).getByRole('checkbox').check();
  await findings.save();
  await expect.poll(() => findings.proposedKind().textContent()).toBe('Điều chuyển công tác khác');
  await findings.attach({ name: 'giay-nho.jpg', mimeType: 'image/jpeg', buffer: await jpeg(page) });
  await findings.evidenceHeading().filter({ hasText: '(1)' }).waitFor();
  await findings.explain('Tổ trưởng dặn hồ sơ mất sổ phải có xác nhận cho chắc, tránh trục lợi.');
  await shot(page, 'training-finding');
  await run.finish();
}

describe('training workspace in Chromium', () => {
  it('completes a shipped scenario through the real runner and shows the score, item by item, citing the rules', async () => {
    const page = await freshPage();
    await rehearse(page, 'Trần Văn Học');
    const score = new ScoreSheetPage(page);
    expect(await score.total().textContent()).toContain('100%');
    const maxPoints = SCENARIO.key.answers.length + 3 * SCENARIO.key.findings.length + SCENARIO.key.dueProcess.length;
    expect(await score.total().textContent()).toContain(`${maxPoints}/${maxPoints} điểm`);
    // Per item: right, with the expected answer, why, and the rule it comes from.
    expect(await score.items().count()).toBe(SCENARIO.key.answers.length);
    const pushed = score.items().filter({ hasText: prompt('int-03-no-pushing-onto-citizens') });
    expect(await pushed.textContent()).toContain('✓ Đúng');
    expect(await pushed.textContent()).toContain('Đáp án: Không');
    expect(await pushed.locator('.citation').allTextContents()).toContain('3476/BHXH-TCCB#2.5');
    expect(await score.section(/^Phát hiện cần ghi nhận: đúng 1\/1$/).textContent()).toContain('Đã ghi nhận phát hiện');
    expect(await score.section(/^Trình tự, thủ tục/).textContent()).not.toContain('✗');
    expect(await page.getByText('DIỄN TẬP / TRAINING').first().isVisible()).toBe(true);
    await shot(page, 'training-score');

    // The run is in the history, and its score sheet opens from there.
    await page.getByRole('navigation', { name: 'Các phần của khu diễn tập' }).getByRole('link', { name: 'Lịch sử bài làm' }).click();
    const row = page.getByRole('row', { name: /Trần Văn Học/ });
    expect(await row.textContent()).toContain(`${maxPoints}/${maxPoints} (100%)`);
    await shot(page, 'training-history');
    await page.context().close();
  });

  it('refuses a malformed pack with a localized error, lists where, and stores nothing', async () => {
    const page = await freshPage();
    const library = new ScenarioLibraryPage(page);
    await library.open(served.app.url);
    expect(await library.ownHeading().textContent()).toBe('Kịch bản của tôi (0)');

    await library.importPack('hong.json', '{ "format": "inspection-kit/training-pack/v1", ');
    expect(await library.importError().textContent()).toContain('Tệp không phải JSON hợp lệ.');
    expect(await library.importError().textContent()).toContain('không có gì được lưu');

    const unknownItem: Scenario = {
      ...SCENARIO,
      id: 'e2e-unknown-item',
      key: { ...SCENARIO.key, answers: SCENARIO.key.answers.map((answer, index) => (index === 0 ? { ...answer, itemId: 'no-such-item' } : answer)) },
    };
    const pack = (scenarios: Scenario[]) => JSON.stringify({ format: SCENARIO_PACK_FORMAT, exportedAt: new Date().toISOString(), scenarios });
    await library.importPack('cau-hoi-la.json', pack([unknownItem]));
    await expect.poll(() => library.importError().textContent()).toContain('Có kịch bản nêu câu hỏi không có trong danh mục kiểm tra.');
    expect(await library.importError().getByRole('listitem').allTextContents()).toContain('scenarios[0].key.answers[0].itemId');
    await shot(page, 'training-import-refused');

    // Nothing stored: the list and the database both say so.
    expect(await library.ownHeading().textContent()).toBe('Kịch bản của tôi (0)');
    expect((await dumpDatabase(page, 'inspection-kit-training-meta')).counts['scenarios']).toBe(0);

    // The same pack, fixed, goes in.
    await library.importPack('dung.json', pack([{ ...SCENARIO, id: 'e2e-imported' }]));
    await expect.poll(() => library.importOk().textContent()).toContain('Đã nhập 1 kịch bản');
    await expect.poll(() => library.ownHeading().textContent()).toBe('Kịch bản của tôi (1)');
    await page.context().close();
  });

  it('leaves every table of the field database byte-for-byte unchanged, and its outbox empty, across a full training run', async () => {
    const page = await freshPage();
    await recordFieldWork(page);
    const before = await dumpDatabase(page, 'inspection-kit-field');
    expect(before.counts['inspections']).toBe(1);
    expect(before.counts['answers']).toBe(1);

    await rehearse(page, 'Lê Thị Thực Tập');
    const after = await dumpDatabase(page, 'inspection-kit-field');
    expect(after.json).toBe(before.json);
    expect(after.counts['outbox']).toBe(0);
    // The rehearsal went to the training database instead.
    const training = await dumpDatabase(page, 'inspection-kit-training');
    expect(training.counts['inspections']).toBe(1);
    expect(training.counts['findings']).toBe(1);
    expect(training.counts['outbox']).toBe(0);
    await page.context().close();
  });
});
