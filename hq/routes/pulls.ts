import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { deviceOf } from '../auth';
import type { Db } from '../db/pool';
import { currentPublished, etagOf, type PublishedKind } from '../published';

/** If-None-Match holds one or more ETags (or `*`); weak ones compare by their opaque part. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

function sendTagged(request: FastifyRequest, reply: FastifyReply, body: unknown, etag: string): FastifyReply {
  // no-cache: keep it, but ask again each time (a 304 costs one round trip).
  void reply.header('ETag', etag).header('Cache-Control', 'private, no-cache');
  if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.code(200).send(body);
}

interface DecisionRow {
  id: string;
  inspection_id: string;
  finding_id: string;
  outcome: string;
  recommendation: string | null;
  decided_by: string;
  reason: string;
  decided_at: Date;
}

async function decisionsFor(db: Db, deviceId: string): Promise<unknown[]> {
  const { rows } = await db.query<DecisionRow>(
    `SELECT d.id, d.inspection_id, d.finding_id, d.outcome, d.recommendation, d.decided_by, d.reason, d.decided_at
     FROM decisions d WHERE d.device_id = $1 ORDER BY d.decided_at, d.id`,
    [deviceId],
  );
  return rows.map((row) => ({
    id: row.id,
    inspectionId: row.inspection_id,
    findingId: row.finding_id,
    outcome: row.outcome,
    recommendation: row.recommendation,
    decidedBy: row.decided_by,
    reason: row.reason,
    decidedAt: row.decided_at.toISOString(),
  }));
}

export function pullRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const published = (kind: PublishedKind, empty: unknown) => async (request: FastifyRequest, reply: FastifyReply) => {
    const doc = await currentPublished(deps.db, kind);
    return doc === undefined ? sendTagged(request, reply, empty, etagOf(empty)) : sendTagged(request, reply, doc.body, doc.etag);
  };
  app.get('/v1/templates', published('templates', { templates: [] }));
  app.get('/v1/roster', published('roster', { offices: [], officials: [] }));
  app.get('/v1/decisions', async (request, reply) => {
    const body = { decisions: await decisionsFor(deps.db, deviceOf(request).id) };
    return sendTagged(request, reply, body, etagOf(body));
  });
}
