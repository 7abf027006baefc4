import type { Locator, Page } from 'playwright-core';

/** Page objects for findings, sign-off and the seal (Vietnamese UI). */
export class InspectionTabsPage {
  constructor(private readonly page: Page) {}

  async open(name: 'Danh mục kiểm tra' | 'Phát hiện' | 'Ký và khóa biên bản' | 'Nhật ký' | 'Biên bản (in)'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Các phần của biên bản' }).getByRole('link', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) }).click();
  }
}

export class FindingsPage {
  constructor(private readonly page: Page) {}

  async startNew(): Promise<void> {
    await this.page.getByRole('button', { name: '+ Thêm phát hiện' }).first().click();
    await this.page.getByRole('heading', { name: 'Phát hiện mới' }).waitFor();
  }

  subject(): Locator {
    return this.page.getByLabel('Đối tượng');
  }

  async fill(values: { subjectIndex?: number; category?: string; narrative?: string; suggestedItem?: boolean }): Promise<void> {
    if (values.subjectIndex !== undefined) await this.subject().selectOption({ index: values.subjectIndex });
    if (values.category !== undefined) await this.page.getByLabel('Nhóm vi phạm').selectOption({ label: values.category });
    if (values.narrative !== undefined) await this.page.getByLabel('Mô tả sự việc').fill(values.narrative);
    if (values.suggestedItem) await this.page.locator('.item-picker-list label.suggested input').first().check();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Lưu phát hiện|Lưu thay đổi)$/ }).click();
  }

  recommendation(): Locator {
    return this.page.getByRole('region', { name: 'Kiến nghị' });
  }

  proposedKind(): Locator {
    return this.recommendation().getByRole('strong');
  }

  async attach(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.locator('.evidence-section input[type="file"]').setInputFiles(file);
  }

  evidenceHeading(): Locator {
    return this.page.getByRole('heading', { name: /^Minh chứng \(\d+\)$/ });
  }

  async explain(text: string): Promise<void> {
    await this.page.getByLabel('Nội dung giải trình').fill(text);
    await this.page.getByRole('button', { name: 'Lưu giải trình' }).click();
    await this.page.getByText(/^Đã ghi nhận giải trình lúc/).waitFor();
  }
}

export class SignOffPage {
  constructor(private readonly page: Page) {}

  async submitForReview(): Promise<void> {
    await this.page.getByRole('tabpanel').getByRole('button', { name: 'Chuyển sang rà soát' }).click();
    await this.page.getByRole('heading', { name: 'Chữ ký' }).waitFor();
  }

  /** Draws a short stroke on a signature canvas, the way a finger or mouse would. */
  async draw(canvas: Locator): Promise<void> {
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('signature canvas not visible');
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + 20, y);
    await this.page.mouse.down();
    for (let i = 1; i <= 12; i++) await this.page.mouse.move(box.x + 20 + i * 18, y + (i % 2 === 0 ? -18 : 18));
    await this.page.mouse.up();
  }

  async sign(cardTitle: string, name?: string): Promise<void> {
    const card = this.page.locator('.signature-card').filter({ has: this.page.getByRole('heading', { name: cardTitle }) });
    if (name !== undefined) await card.getByLabel('Họ và tên').fill(name);
    await this.draw(card.getByRole('img'));
    await card.getByRole('button', { name: 'Xác nhận chữ ký' }).click();
    await card.getByText(/^Ký lúc/).waitFor();
  }

  async seal(): Promise<void> {
    await this.page.getByRole('tabpanel').getByRole('button', { name: 'Chốt và khóa biên bản' }).click();
  }

  async withdrawAndReopen(): Promise<void> {
    const panel = this.page.getByRole('tabpanel');
    await panel.getByRole('button', { name: 'Hủy chữ ký' }).click();
    await panel.getByRole('button', { name: 'Mở lại để sửa' }).click();
  }

  blockers(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Chưa thể khóa biên bản' });
  }
}
