import type { Locator, Page } from 'playwright-core';
import { openApp } from '../support/lock';

/** Page objects for the training workspace (Vietnamese UI). */
export class TrainingHomePage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await openApp(this.page, `${baseUrl}/#/training`);
    await this.page.getByRole('heading', { level: 1, name: 'Diễn tập kiểm tra' }).waitFor();
  }

  banner(): Locator {
    return this.page.getByRole('note', { name: 'Chế độ diễn tập' });
  }

  async start(scenarioTitle: string, trainee: string): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${escape(scenarioTitle)}`) }).check();
    await this.page.getByLabel('Họ và tên học viên').fill(trainee);
    await this.page.getByRole('button', { name: 'Bắt đầu diễn tập' }).click();
    await this.page.getByRole('timer').waitFor();
  }
}

export class TrainingRunPage {
  constructor(private readonly page: Page) {}

  situation(): Locator {
    return this.page.locator('details.situation');
  }

  async answer(prompt: string, choice: string): Promise<void> {
    await this.page.getByRole('article', { name: prompt }).getByRole('radio', { name: choice, exact: true }).check();
  }

  async openTab(name: 'Danh mục kiểm tra' | 'Phát hiện' | 'Ký và khóa biên bản'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Các phần của biên bản' }).getByRole('link', { name: new RegExp(`^${name}`) }).click();
  }

  /** "Nộp bài" asks for confirmation; the test's dialog handler accepts it. */
  async finish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nộp bài' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Kết quả diễn tập' }).waitFor();
  }
}

export class ScoreSheetPage {
  constructor(private readonly page: Page) {}

  total(): Locator {
    return this.page.getByRole('group', { name: 'Tổng điểm' });
  }

  items(): Locator {
    return this.page.getByRole('region', { name: /^Câu trả lời theo danh mục/ }).getByRole('listitem');
  }

  section(name: RegExp): Locator {
    return this.page.getByRole('region', { name });
  }
}

export class ScenarioLibraryPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await openApp(this.page, `${baseUrl}/#/training/scenarios`);
    await this.page.getByRole('heading', { level: 1, name: 'Kịch bản diễn tập' }).waitFor();
  }

  async importPack(name: string, text: string): Promise<void> {
    await this.page.getByLabel('Nhập gói kịch bản (.json)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  }

  importError(): Locator {
    return this.page.locator('.import-error[role="alert"]');
  }

  importOk(): Locator {
    return this.page.locator('.import-ok[role="status"]');
  }

  ownHeading(): Locator {
    return this.page.getByRole('heading', { name: /^Kịch bản của tôi \(\d+\)$/ });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
