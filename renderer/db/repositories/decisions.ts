import type { Inspection } from '../../../shared/domain/inspection';
import { decisionCoverage, type DecisionCoverage } from '../../../shared/lifecycle/decision-coverage';
import { isSealed, transition } from '../../../shared/lifecycle/inspection-lifecycle';
import type { FieldDatabase, StoredDecision } from '../index';
import { appendAudit } from './audit';

/** Who HQ's moves are logged as, like the receipt's `mark_synced`. */
const HQ_ACTOR = 'HQ';

const isCurrent = (d: StoredDecision): boolean => d.supersededAt === undefined;

/** Every decision stored for an inspection, current and superseded. */
export const decisionsOf = (db: FieldDatabase, inspectionId: string): Promise<StoredDecision[]> => db.decisions.where('inspectionId').equals(inspectionId).toArray();

/** How far HQ's current decisions cover the inspection's recommendations (reads only). */
export async function coverageOf(db: FieldDatabase, inspectionId: string): Promise<DecisionCoverage> {
  const [findings, decisions] = await Promise.all([db.findings.where('inspectionId').equals(inspectionId).toArray(), decisionsOf(db, inspectionId)]);
  return decisionCoverage(findings, decisions.filter(isCurrent));
}

/**
 * Inside the caller's transaction (findings, decisions, inspections, auditEvents):
 * `synced → acknowledged` with its audit event once every recommendation has a
 * current decision. Any other status, or a gap, leaves the inspection as it is.
 */
export async function acknowledgeIfDecided(db: FieldDatabase, inspection: Inspection, at: string): Promise<Inspection> {
  if (inspection.status !== 'synced') return inspection;
  const coverage = await coverageOf(db, inspection.id);
  const moved = transition(inspection.status, 'acknowledge');
  if (!coverage.complete || !moved.ok) return inspection;
  const logged = await appendAudit(db, { ...inspection, status: moved.value, updatedAt: at }, {
    type: 'inspection.status_changed',
    actor: HQ_ACTOR,
    at,
    detail: { from: inspection.status, to: moved.value, event: 'acknowledge', decided: coverage.decided, required: coverage.required },
  });
  await db.inspections.put(logged);
  return logged;
}

export interface DecisionChange {
  readonly received: number;
  readonly superseded: number;
}

/**
 * Inside the caller's transaction: logs that HQ's decisions on a sealed inspection
 * changed (counts only, never reasons), then acknowledges it if they now cover it.
 * Acknowledged is final: a later withdrawal is logged here, not undone.
 */
export async function recordDecisionChange(db: FieldDatabase, inspectionId: string, change: DecisionChange, at: string): Promise<void> {
  const inspection = await db.inspections.get(inspectionId);
  // A decision about a record this device does not hold, or one not sealed here: kept, shown, not logged.
  if (!inspection || !isSealed(inspection.status)) return;
  const coverage = await coverageOf(db, inspectionId);
  const logged = await appendAudit(db, { ...inspection, updatedAt: at }, {
    type: 'decisions.updated',
    actor: HQ_ACTOR,
    at,
    detail: { received: change.received, superseded: change.superseded, decided: coverage.decided, required: coverage.required },
  });
  await db.inspections.put(logged);
  await acknowledgeIfDecided(db, logged, at);
}

/**
 * HQ's current set replaces what was current: new ones are stored, ones HQ no
 * longer serves are marked superseded (kept as history). Returns what changed per inspection.
 */
export async function mergeCurrentDecisions(db: FieldDatabase, pulled: readonly StoredDecision[], at: string): Promise<Map<string, DecisionChange>> {
  const stored = new Map((await db.decisions.toArray()).map((d) => [d.id, d]));
  const incoming = new Set(pulled.map((d) => d.id));
  const changes = new Map<string, DecisionChange>();
  const count = (inspectionId: string, key: keyof DecisionChange) => {
    const seen = changes.get(inspectionId) ?? { received: 0, superseded: 0 };
    changes.set(inspectionId, { ...seen, [key]: seen[key] + 1 });
  };
  const fresh: StoredDecision[] = [];
  for (const decision of pulled) {
    const known = stored.get(decision.id);
    if (known && isCurrent(known)) continue;
    // Put whole: a decision HQ serves again is current again.
    fresh.push({ ...decision, receivedAt: known?.receivedAt ?? at });
    count(decision.inspectionId, 'received');
  }
  const gone = [...stored.values()].filter((d) => isCurrent(d) && !incoming.has(d.id));
  for (const decision of gone) count(decision.inspectionId, 'superseded');
  await db.decisions.bulkPut([...fresh, ...gone.map((d) => ({ ...d, supersededAt: at }))]);
  return changes;
}
