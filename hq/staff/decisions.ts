import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DecisionOutcome, needsApprover, signDecision } from '../../shared/bundle/index';
import { RecommendationKind } from '../../shared/domain/finding';
import { fail, ok, type Result } from '../../shared/result';
import type { SealKey } from '../../shared/seal/subtle';
import { hqCrypto } from '../crypto';
import { withTransaction, type Db, type DbClient } from '../db/pool';
import type { DecisionView } from '../../shared/hq/review';
import { writeAudit } from './audit';

export const REVIEW_STATUSES = ['received', 'under_review', 'decided', 'reopened'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Body of POST …/findings/:findingId/decision. The reason is checked apart, so a missing one gets its own code. */
export const DecisionBody = z.strictObject({
  outcome: DecisionOutcome,
  changedTo: RecommendationKind.optional(),
  reason: z.string().max(20_000).optional(),
});
export type DecisionBody = z.infer<typeof DecisionBody>;

export const REASON_MIN = 5;
export const REASON_MAX = 2000;

/** The trimmed reason, or undefined when it is missing or not 5–2000 characters (code points, as PostgreSQL counts). */
export function validReason(reason: string | undefined): string | undefined {
  const trimmed = reason?.trim();
  if (trimmed === undefined) return undefined;
  const length = Array.from(trimmed).length; // code points, like char_length()
  return length >= REASON_MIN && length <= REASON_MAX ? trimmed : undefined;
}

export type DecisionRefusal = 'not_found' | 'wrong_review_state' | 'no_recommendation' | 'invalid_change' | 'already_decided' | 'nothing_to_approve' | 'same_person';

export type { DecisionView } from '../../shared/hq/review';

interface DecisionRow {
  id: string;
  inspection_id: string;
  finding_id: string;
  outcome: DecisionOutcome;
  changed_to: RecommendationKind | null;
  reason: string;
  decided_by: string;
  decided_by_username: string;
  decided_at: Date;
  needs_approval: boolean;
  approved_by: string | null;
  approved_by_username: string | null;
  approved_at: Date | null;
  released_at: Date | null;
  superseded_at: Date | null;
  superseded_by: string | null;
}

const SELECT_DECISIONS = `SELECT d.id, d.inspection_id, d.finding_id, d.outcome, d.changed_to, d.reason, d.decided_by, du.username AS decided_by_username,
         d.decided_at, d.needs_approval, d.approved_by, au.username AS approved_by_username, d.approved_at, d.released_at,
         d.superseded_at, d.superseded_by
  FROM decisions d JOIN hq_users du ON du.id = d.decided_by LEFT JOIN hq_users au ON au.id = d.approved_by`;

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

function viewOf(row: DecisionRow): DecisionView {
  return {
    id: row.id,
    findingId: row.finding_id,
    outcome: row.outcome,
    changedTo: row.changed_to,
    reason: row.reason,
    decidedBy: { id: row.decided_by, username: row.decided_by_username },
    decidedAt: row.decided_at.toISOString(),
    needsApproval: row.needs_approval,
    approvedBy: row.approved_by === null ? null : { id: row.approved_by, username: row.approved_by_username ?? '' },
    approvedAt: iso(row.approved_at),
    releasedAt: iso(row.released_at),
    supersededAt: iso(row.superseded_at),
    supersededBy: row.superseded_by,
    state: row.superseded_at !== null ? 'superseded' : row.released_at !== null ? 'released' : 'pending_approval',
  };
}

/** Every decision on an inspection's findings, history included, newest first per finding. */
export async function decisionsOf(db: Db, inspectionId: string): Promise<DecisionView[]> {
  const { rows } = await db.query<DecisionRow>(`${SELECT_DECISIONS} WHERE d.inspection_id = $1 ORDER BY d.finding_id, d.decided_at DESC, d.id`, [inspectionId]);
  return rows.map(viewOf);
}

async function decisionById(client: DbClient, id: string): Promise<DecisionView> {
  const { rows } = await client.query<DecisionRow>(`${SELECT_DECISIONS} WHERE d.id = $1`, [id]);
  const row = rows[0];
  if (row === undefined) throw new Error('decision vanished');
  return viewOf(row);
}

/** What the device that sent the inspections pulls: released, current decisions, signed by HQ. */
export async function releasedDecisionsFor(db: Db, deviceId: string): Promise<{ id: string; inspectionId: string; decision: unknown; signature: string }[]> {
  const { rows } = await db.query<{ id: string; inspection_id: string; signed: { decision: unknown; signature: string } }>(
    `SELECT id, inspection_id, signed FROM decisions
     WHERE device_id = $1 AND released_at IS NOT NULL AND superseded_at IS NULL
     ORDER BY released_at, id`,
    [deviceId],
  );
  return rows.map((row) => ({ id: row.id, inspectionId: row.inspection_id, decision: row.signed.decision, signature: row.signed.signature }));
}

/** A JS Date holds milliseconds, so what is stored (timestamptz) and what is signed (ISO, ms) are the same instant. */
const nowMs = (): Date => new Date();

async function lockInspection(client: DbClient, id: string): Promise<{ review_status: ReviewStatus; device_id: string } | undefined> {
  const { rows } = await client.query<{ review_status: ReviewStatus; device_id: string }>('SELECT review_status, device_id FROM inspections WHERE id = $1 FOR UPDATE', [
    id,
  ]);
  return rows[0];
}

/** Signs the decision and makes it pullable; then the inspection is decided if nothing is left undecided. */
async function release(client: DbClient, signingKey: SealKey, id: string): Promise<void> {
  const { rows } = await client.query<DecisionRow>(`${SELECT_DECISIONS} WHERE d.id = $1`, [id]);
  const row = rows[0];
  if (row === undefined) throw new Error('decision vanished');
  const signed = await signDecision(hqCrypto, signingKey, {
    id: row.id,
    inspectionId: row.inspection_id,
    findingId: row.finding_id,
    outcome: row.outcome,
    ...(row.changed_to === null ? {} : { changedTo: row.changed_to }),
    reason: row.reason,
    decidedAt: row.decided_at.toISOString(),
    ...(row.approved_at === null ? {} : { approvedAt: row.approved_at.toISOString() }),
  });
  await client.query('UPDATE decisions SET released_at = now(), signed = $2, signature = $3 WHERE id = $1', [id, JSON.stringify(signed), signed.signature]);
}

/** Decided: every finding with a recommendation has a released, current decision. */
async function settle(client: DbClient, inspectionId: string): Promise<ReviewStatus> {
  const { rows } = await client.query<{ review_status: ReviewStatus }>(
    `UPDATE inspections i SET review_status = CASE WHEN NOT EXISTS (
         SELECT 1 FROM findings f
         WHERE f.inspection_id = i.id AND f.recommendation->>'effective' IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.inspection_id = f.inspection_id AND d.finding_id = f.id
                           AND d.superseded_at IS NULL AND d.released_at IS NOT NULL))
       THEN 'decided' ELSE i.review_status END
     WHERE i.id = $1 RETURNING i.review_status`,
    [inspectionId],
  );
  return rows[0]?.review_status ?? 'decided';
}

/** received → under_review (reviewer+). */
export async function startReview(db: Db, inspectionId: string, userId: string): Promise<Result<{ id: string; reviewStatus: ReviewStatus }, DecisionRefusal>> {
  return withTransaction(db, async (client) => {
    const inspection = await lockInspection(client, inspectionId);
    if (inspection === undefined) return fail('not_found');
    if (inspection.review_status !== 'received') return fail('wrong_review_state', inspection.review_status);
    await client.query("UPDATE inspections SET review_status = 'under_review' WHERE id = $1", [inspectionId]);
    await writeAudit(client, { userId, action: 'inspection.review_started', target: inspectionId });
    return ok({ id: inspectionId, reviewStatus: 'under_review' as const });
  });
}

/** decided → reopened (approver+): decisions may then be replaced, the old ones kept as superseded. */
export async function reopenInspection(db: Db, inspectionId: string, userId: string): Promise<Result<{ id: string; reviewStatus: ReviewStatus }, DecisionRefusal>> {
  return withTransaction(db, async (client) => {
    const inspection = await lockInspection(client, inspectionId);
    if (inspection === undefined) return fail('not_found');
    if (inspection.review_status !== 'decided') return fail('wrong_review_state', inspection.review_status);
    await client.query("UPDATE inspections SET review_status = 'reopened' WHERE id = $1", [inspectionId]);
    await writeAudit(client, { userId, action: 'inspection.reopened', target: inspectionId });
    return ok({ id: inspectionId, reviewStatus: 'reopened' as const });
  });
}

export interface NewDecision {
  readonly inspectionId: string;
  readonly findingId: string;
  readonly outcome: DecisionOutcome;
  readonly changedTo: RecommendationKind | undefined;
  /** Already checked by `validReason`. */
  readonly reason: string;
  readonly userId: string;
}

/**
 * Records a decision on one finding's recommendation. Released (signed) at once,
 * unless the recommendation or the kind it is changed to needs an approver.
 * A pending decision may be replaced; a released one only after a reopen.
 */
export async function recordDecision(
  db: Db,
  signingKey: SealKey,
  input: NewDecision,
): Promise<Result<{ decision: DecisionView; reviewStatus: ReviewStatus }, DecisionRefusal>> {
  return withTransaction(db, async (client) => {
    const inspection = await lockInspection(client, input.inspectionId);
    if (inspection === undefined) return fail('not_found');
    const finding = await client.query<{ effective: string | null }>("SELECT recommendation->>'effective' AS effective FROM findings WHERE inspection_id = $1 AND id = $2", [
      input.inspectionId,
      input.findingId,
    ]);
    const row = finding.rows[0];
    if (row === undefined) return fail('not_found');
    if (inspection.review_status !== 'under_review' && inspection.review_status !== 'reopened') return fail('wrong_review_state', inspection.review_status);
    const effective = RecommendationKind.safeParse(row.effective);
    if (!effective.success) return fail('no_recommendation');
    if ((input.outcome === 'change') !== (input.changedTo !== undefined) || input.changedTo === effective.data) return fail('invalid_change');

    const current = await client.query<{ id: string; released_at: Date | null }>(
      'SELECT id, released_at FROM decisions WHERE inspection_id = $1 AND finding_id = $2 AND superseded_at IS NULL FOR UPDATE',
      [input.inspectionId, input.findingId],
    );
    const previous = current.rows[0];
    if (previous?.released_at != null && inspection.review_status !== 'reopened') return fail('already_decided');

    const id = randomUUID();
    const needsApproval = needsApprover(effective.data) || needsApprover(input.changedTo);
    if (previous !== undefined) await client.query('UPDATE decisions SET superseded_at = now(), superseded_by = $2 WHERE id = $1', [previous.id, id]);
    await client.query(
      `INSERT INTO decisions (id, inspection_id, finding_id, device_id, outcome, changed_to, reason, decided_by, decided_at, needs_approval)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [id, input.inspectionId, input.findingId, inspection.device_id, input.outcome, input.changedTo ?? null, input.reason, input.userId, nowMs(), needsApproval],
    );
    if (!needsApproval) await release(client, signingKey, id);
    const reviewStatus = await settle(client, input.inspectionId);
    // Ids and codes only: the reason stays in the decisions table.
    await writeAudit(client, {
      userId: input.userId,
      action: 'decision.recorded',
      target: input.inspectionId,
      detail: { decisionId: id, findingId: input.findingId, outcome: input.outcome, changedTo: input.changedTo ?? null, needsApproval, supersedes: previous?.id ?? null },
    });
    return ok({ decision: await decisionById(client, id), reviewStatus });
  });
}

/** An approver (not the one who decided) confirms a pending decision, which is then signed and released. */
export async function approveDecision(
  db: Db,
  signingKey: SealKey,
  input: { inspectionId: string; findingId: string; userId: string },
): Promise<Result<{ decision: DecisionView; reviewStatus: ReviewStatus }, DecisionRefusal>> {
  return withTransaction(db, async (client) => {
    const inspection = await lockInspection(client, input.inspectionId);
    if (inspection === undefined) return fail('not_found');
    const { rows } = await client.query<{ id: string; decided_by: string; needs_approval: boolean; approved_at: Date | null }>(
      'SELECT id, decided_by, needs_approval, approved_at FROM decisions WHERE inspection_id = $1 AND finding_id = $2 AND superseded_at IS NULL FOR UPDATE',
      [input.inspectionId, input.findingId],
    );
    const pending = rows[0];
    if (pending === undefined || !pending.needs_approval || pending.approved_at !== null) return fail('nothing_to_approve');
    if (pending.decided_by === input.userId) return fail('same_person');
    await client.query('UPDATE decisions SET approved_by = $2, approved_at = $3 WHERE id = $1', [pending.id, input.userId, nowMs()]);
    await release(client, signingKey, pending.id);
    const reviewStatus = await settle(client, input.inspectionId);
    await writeAudit(client, { userId: input.userId, action: 'decision.approved', target: input.inspectionId, detail: { decisionId: pending.id, findingId: input.findingId } });
    return ok({ decision: await decisionById(client, pending.id), reviewStatus });
  });
}
