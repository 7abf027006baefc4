import { FieldDatabase } from '../../../renderer/db';
import { seedReferenceData } from '../../../renderer/db/repositories/reference-data';
import { createInspection } from '../../../renderer/db/repositories/inspections';
import { saveAnswer } from '../../../renderer/db/repositories/answers';
import { CATALOGUE, itemsOf } from '../../../shared/catalogue';
import { DEMO_ROSTER } from '../../../shared/roster/demo-roster';
import type { Answer, Inspection } from '../../../shared/domain/inspection';
import { sealBench } from './seal-bench';
import { bundleBench } from './bundle-bench';
import { DATA_KEY_BYTES, openWithDataKey } from '../../../renderer/db/at-rest/data-key';

// As in the unlocked app: records are sealed at rest, so every figure here includes that cost.
openWithDataKey(crypto.getRandomValues(new Uint8Array(DATA_KEY_BYTES)));

const first = CATALOGUE[0];
if (!first) throw new Error('empty catalogue');
const template = first;
const items = itemsOf(template).filter((item) => item.response.type === 'yes_no_na');
let db: FieldDatabase;
let target: Inspection;

/** 10,000 past inspections with a few answers each, written in large transactions. */
async function seed(pastInspections: number, answersEach: number): Promise<void> {
  db = new FieldDatabase();
  await db.open();
  await seedReferenceData(db, CATALOGUE, DEMO_ROSTER);
  const offices = DEMO_ROSTER.offices.map((office) => office.code);
  const batch = 1000;
  for (let start = 0; start < pastInspections; start += batch) {
    const inspections: Inspection[] = [];
    const answers: Answer[] = [];
    for (let i = start; i < Math.min(start + batch, pastInspections); i++) {
      const id = `20000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
      const at = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();
      inspections.push({
        id, officeCode: offices[i % offices.length] ?? '', template: { id: template.id, version: template.version },
        team: { lead: `Thanh tra viên ${i}`, members: [] }, unannounced: true, arrivalAt: at, status: 'synced',
        createdAt: at, updatedAt: at, answeredCount: answersEach, itemCount: itemsOf(template).length, lastAuditSeq: 0,
      });
      for (const item of items.slice(0, answersEach)) {
        answers.push({ id: `${id}:${item.id}`, inspectionId: id, itemId: item.id, value: { type: 'yes_no_na', value: 'yes' }, note: '', answeredAt: at, answeredBy: 'Thanh tra viên', revision: 1 });
      }
    }
    await db.transaction('rw', db.inspections, db.answers, async () => {
      await db.inspections.bulkPut(inspections);
      await db.answers.bulkPut(answers);
    });
  }
  target = await createInspection(db, {
    officeCode: offices[0] ?? '', template: { id: template.id, version: template.version },
    team: { lead: 'Người đo hiệu năng', members: [] }, unannounced: true, arrivalAt: new Date().toISOString(),
  });
}

/** Answer → durable commit through the real repository (answer + progress + audit, strict durability). */
async function answerLatencies(samples: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const item = items[i % items.length];
    if (!item) throw new Error('no yes/no item');
    const started = performance.now();
    await saveAnswer(db, { inspectionId: target.id, itemId: item.id, value: { type: 'yes_no_na', value: i % 2 === 0 ? 'no' : 'yes' } });
    times.push(performance.now() - started);
  }
  return times;
}

/** The floor: one raw IndexedDB put of a similar record, same durability, no Dexie, no audit. */
async function rawPutLatencies(samples: number): Promise<number[]> {
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('bench-raw-baseline', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('answers', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction('answers', 'readwrite', { durability: 'strict' });
      tx.objectStore('answers').put({ id: `raw:${i % 40}`, value: { type: 'yes_no_na', value: i % 2 ? 'yes' : 'no' }, note: '', answeredAt: new Date().toISOString(), revision: i });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('put failed'));
    });
    times.push(performance.now() - started);
  }
  raw.close();
  return times;
}

Object.assign(window, { inspectionKitBench: { seed, answerLatencies, rawPutLatencies }, inspectionKitSealBench: sealBench, inspectionKitBundleBench: bundleBench });
document.title = 'bench-ready';
