import type { Page } from 'playwright-core';

export interface SeedOptions {
  count: number;
  officeCodes: string[];
  templateId: string;
  templateVersion: number;
  itemCount: number;
}

/**
 * Writes past inspections straight into the app's IndexedDB (raw API, one
 * transaction) after the app has created its schema: fast fixtures for the
 * 10,000-row list test and the benchmark.
 */
export async function seedPastInspections(page: Page, options: SeedOptions): Promise<void> {
  await page.evaluate(async (opts) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('inspection-kit-field');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const tx = db.transaction(['inspections'], 'readwrite');
    const store = tx.objectStore('inspections');
    const statuses = ['draft', 'in_progress', 'review', 'sealed', 'synced'];
    const base = Date.parse('2024-01-01T01:00:00.000Z');
    for (let i = 0; i < opts.count; i++) {
      const at = new Date(base + i * 3_600_000).toISOString();
      const hex = i.toString(16).padStart(12, '0');
      store.put({
        id: `10000000-0000-4000-8000-${hex}`,
        officeCode: opts.officeCodes[i % opts.officeCodes.length],
        template: { id: opts.templateId, version: opts.templateVersion },
        team: { lead: `Thanh tra viên ${i}`, members: [] },
        unannounced: i % 3 !== 0,
        arrivalAt: at,
        status: statuses[i % statuses.length],
        createdAt: at,
        updatedAt: at,
        answeredCount: i % opts.itemCount,
        itemCount: opts.itemCount,
        lastAuditSeq: 0,
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('seed failed'));
    });
    db.close();
  }, options);
}
