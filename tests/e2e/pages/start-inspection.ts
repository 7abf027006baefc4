import type { Page } from 'playwright-core';
import { InspectionListPage, NewInspectionPage } from './app-pages';

/** Creates an inspection of the first office with the first checklist; returns the runner's address. */
export async function startInspection(page: Page, baseUrl: string): Promise<string> {
  const list = new InspectionListPage(page);
  await list.open(baseUrl);
  await list.newInspectionButton.click();
  await page.getByLabel('Đơn vị được kiểm tra').selectOption({ index: 1 });
  await page.getByLabel('Danh mục kiểm tra').selectOption({ index: 1 });
  const form = new NewInspectionPage(page);
  await form.fill({ lead: 'Phạm Thị Thanh Tra', members: 'Đỗ Văn Kiểm' });
  await form.submit();
  await page.getByRole('progressbar').waitFor();
  return page.url();
}
