import type { Db, DbClient } from '../db/pool';

/** What the audit log records. */
export type AuditAction =
  | 'session.signed_in'
  | 'session.signed_out'
  | 'inbox.listed'
  | 'inspection.viewed'
  | 'inspection.review_started'
  | 'inspection.reopened'
  | 'decision.recorded'
  | 'decision.approved'
  | 'office.viewed'
  | 'official.viewed'
  | 'dashboard.viewed'
  | 'evidence.viewed'
  | 'export.downloaded'
  | 'template.published'
  | 'roster.imported';

/** Appends one row (pass the transaction's client to make it part of a change). Never UPDATE or DELETE hq_audit: the table refuses it (migration 002). */
export async function writeAudit(db: Db | DbClient, entry: { userId: string; action: AuditAction; target?: string; detail?: Record<string, unknown> }): Promise<void> {
  await db.query('INSERT INTO hq_audit (user_id, action, target, detail) VALUES ($1, $2, $3, $4)', [
    entry.userId,
    entry.action,
    entry.target ?? null,
    entry.detail === undefined ? null : JSON.stringify(entry.detail),
  ]);
}

export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly userId: string | null;
  readonly username: string | null;
  readonly action: string;
  readonly target: string | null;
  readonly detail: unknown;
}

export async function latestAudit(db: Db, limit: number): Promise<AuditEntry[]> {
  const { rows } = await db.query<{ id: string; at: Date; user_id: string | null; username: string | null; action: string; target: string | null; detail: unknown }>(
    `SELECT a.id, a.at, a.user_id, u.username, a.action, a.target, a.detail
     FROM hq_audit a LEFT JOIN hq_users u ON u.id = a.user_id
     ORDER BY a.id DESC LIMIT $1`,
    [limit],
  );
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    userId: row.user_id,
    username: row.username,
    action: row.action,
    target: row.target,
    detail: row.detail,
  }));
}
