import type { Locator, Page } from 'playwright-core';
import { openApp } from '../support/lock';

/**
 * Page objects for the field workspace. Selectors are accessible names
 * (role + label), in Vietnamese unless the test switched language.
 */
export class InspectionListPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await openApp(this.page, `${baseUrl}/#/`);
    await this.heading.waitFor();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /Các cuộc kiểm tra|Inspections/ });
  }

  get newInspectionButton(): Locator {
    return this.page.getByRole('button', { name: /Kiểm tra đột xuất mới|New unannounced inspection/ });
  }

  rows(): Locator {
    return this.page.getByRole('listitem');
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox').fill(text);
  }
}

export interface NewInspectionValues {
  office?: string;
  template?: string;
  lead?: string;
  members?: string;
}

export class NewInspectionPage {
  constructor(private readonly page: Page) {}

  async fill(values: NewInspectionValues): Promise<void> {
    if (values.office !== undefined) await this.page.getByLabel(/Đơn vị được kiểm tra|Inspected office/).selectOption({ label: values.office });
    if (values.template !== undefined) await this.page.getByLabel(/Danh mục kiểm tra|^Checklist$/).selectOption({ label: values.template });
    if (values.lead !== undefined) await this.page.getByLabel(/Trưởng đoàn|Team lead/).fill(values.lead);
    if (values.members !== undefined) await this.page.getByLabel(/Thành viên đoàn|Team members/).fill(values.members);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: /Tạo và bắt đầu kiểm tra|Create and start inspection/ }).click();
  }

  fieldErrors(): Locator {
    return this.page.locator('.field-error[role="alert"]');
  }

  arrival(): Locator {
    return this.page.getByLabel(/Thời điểm đến đơn vị|Arrival time/);
  }
}

export class ChecklistRunnerPage {
  constructor(private readonly page: Page) {}

  item(prompt: string | RegExp): Locator {
    return this.page.getByRole('article', { name: prompt });
  }

  /** The n-th (0-based) yes / no / not-applicable item of the checklist. */
  nth(index: number): Locator {
    return this.page
      .locator('[data-item-card]')
      .filter({ has: this.page.getByRole('radio', { name: /^(Không áp dụng|Not applicable)$/ }) })
      .nth(index);
  }

  async answer(card: Locator, choice: string | RegExp): Promise<void> {
    await card.getByRole('radio', { name: choice, exact: typeof choice === 'string' }).check();
  }

  async addNote(card: Locator, text: string): Promise<void> {
    const existing = card.getByRole('textbox', { name: /Ghi chú|Note/ });
    if ((await existing.count()) === 0) await card.getByRole('button', { name: /Thêm ghi chú|Add note/ }).click();
    await existing.fill(text);
    await existing.blur();
  }

  saveSummary(): Locator {
    return this.page.getByTestId('save-summary');
  }

  progress(): Locator {
    return this.page.getByRole('progressbar');
  }
}
