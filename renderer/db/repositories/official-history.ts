import type { FindingRecord } from '../../../shared/domain/finding-record';
import { currentByFinding } from '../../../shared/lifecycle/decision-coverage';
import { findingStatusWith } from '../../../shared/rules/finding-closure';
import type { PriorFinding } from '../../../shared/rules/rule-types';
import type { FieldDatabase } from '../index';

/**
 * Every known finding about an official: this device's (all inspections) and what HQ sent.
 * A device finding's status is as sealed, or closed by HQ's current decision on it.
 */
export async function historyOf(db: FieldDatabase, officialId: string): Promise<{ device: FindingRecord[]; hq: PriorFinding[] }> {
  const [sealed, hq] = await Promise.all([
    db.findings.where('subject.officialId').equals(officialId).toArray(),
    db.hqHistory.where('subject.officialId').equals(officialId).toArray(),
  ]);
  const inspectionIds = [...new Set(sealed.map((f) => f.inspectionId))];
  const decisions = (await db.decisions.where('inspectionId').anyOf(inspectionIds).toArray()).filter((d) => d.supersededAt === undefined);
  const current = currentByFinding(decisions);
  const device = sealed.map((f) => {
    const decision = current.get(f.id);
    return decision?.inspectionId === f.inspectionId ? { ...f, status: findingStatusWith(f, decision) } : f;
  });
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
