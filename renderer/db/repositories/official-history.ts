import type { FindingRecord } from '../../../shared/domain/finding-record';
import type { PriorFinding } from '../../../shared/rules/rule-types';
import type { FieldDatabase } from '../index';

/** Every known finding about an official: this device's (all inspections) and what HQ sent. */
export async function historyOf(db: FieldDatabase, officialId: string): Promise<{ device: FindingRecord[]; hq: PriorFinding[] }> {
  const [device, hq] = await Promise.all([
    db.findings.where('subject.officialId').equals(officialId).toArray(),
    db.hqHistory.where('subject.officialId').equals(officialId).toArray(),
  ]);
  return { device, hq };
}

/** The rules' view of that history (shared/rules `PriorFinding`), HQ's copy winning on equal ids. */
export async function priorFindingsOf(db: FieldDatabase, officialId: string): Promise<PriorFinding[]> {
  const { device, hq } = await historyOf(db, officialId);
  const byId = new Map<string, PriorFinding>();
  for (const f of device) byId.set(f.id, { id: f.id, subject: f.subject, kind: f.kind, status: f.status, observedAt: f.observedAt });
  for (const f of hq) byId.set(f.id, f);
  return [...byId.values()];
}
