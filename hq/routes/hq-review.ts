import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Result } from '../../shared/result';
import type { SealKey } from '../../shared/seal/subtle';
import type { Db } from '../db/pool';
import { sendError } from '../http-errors';
import { requireRole, staffOf } from '../staff/access';
import { latestAudit, writeAudit } from '../staff/audit';
import { decodeCursor, InboxQuery, listInbox } from '../staff/inbox';
import { approveDecision, DecisionBody, recordDecision, reopenInspection, startReview, validReason, type DecisionRefusal } from '../staff/decisions';
import { inspectionDetail } from '../staff/inspection-detail';

const InspectionId = z.string().min(1).max(64);
const FindingId = z.string().min(1).max(64);
const AuditQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

type FindingParams = { Params: { id: string; findingId: string } };

function answer<T>(reply: FastifyReply, result: Result<T, DecisionRefusal>, status = 200): FastifyReply {
  if (!result.ok) return sendError(reply, result.error.code);
  return reply.code(status).header('cache-control', 'no-store').send(result.value);
}

/**
 * The review API (issue 6): the read side (every view and listing audited) and
 * review states and decisions (every change audited, in the same transaction).
 */
export function staffReviewRoutes(app: FastifyInstance, deps: { db: Db; hqSigningKey: string; hqSigningPrivateKey: SealKey }): void {
  app.get('/v1/hq/inspections', { preHandler: requireRole('reviewer') }, async (request, reply) => {
    const query = InboxQuery.safeParse(request.query);
    if (!query.success) return sendError(reply, 'malformed_request');
    const cursor = query.data.cursor === undefined ? undefined : decodeCursor(query.data.cursor);
    if (query.data.cursor !== undefined && cursor === undefined) return sendError(reply, 'malformed_request');
    const page = await listInbox(deps.db, query.data, cursor);
    const { office, province, from, to, status, severity, recommendation, limit } = query.data;
    // Filters are office codes, provinces, dates and enum codes: no personal data in the audit row.
    await writeAudit(deps.db, {
      userId: staffOf(request).user.id,
      action: 'inbox.listed',
      detail: { filters: { office, province, from, to, status, severity, recommendation }, limit, continued: cursor !== undefined, count: page.items.length },
    });
    return reply.header('cache-control', 'no-store').send(page);
  });

  app.get<{ Params: { id: string } }>('/v1/hq/inspections/:id', { preHandler: requireRole('reviewer') }, async (request, reply) => {
    const id = InspectionId.safeParse(request.params.id);
    if (!id.success) return sendError(reply, 'malformed_request');
    const detail = await inspectionDetail(deps.db, id.data, deps.hqSigningKey);
    if (detail === undefined) return sendError(reply, 'not_found');
    const staff = staffOf(request);
    await writeAudit(deps.db, { userId: staff.user.id, action: 'inspection.viewed', target: id.data });
    request.log.info({ userId: staff.user.id, inspectionId: id.data }, 'inspection viewed');
    return reply.header('cache-control', 'no-store').send(detail);
  });

  app.get('/v1/hq/audit', { preHandler: requireRole('admin') }, async (request, reply) => {
    const query = AuditQuery.safeParse(request.query);
    if (!query.success) return sendError(reply, 'malformed_request');
    return reply.header('cache-control', 'no-store').send({ items: await latestAudit(deps.db, query.data.limit) });
  });

  app.post<{ Params: { id: string } }>('/v1/hq/inspections/:id/review', { preHandler: requireRole('reviewer') }, async (request, reply) => {
    const id = InspectionId.safeParse(request.params.id);
    if (!id.success) return sendError(reply, 'malformed_request');
    return answer(reply, await startReview(deps.db, id.data, staffOf(request).user.id));
  });

  app.post<{ Params: { id: string } }>('/v1/hq/inspections/:id/reopen', { preHandler: requireRole('approver') }, async (request, reply) => {
    const id = InspectionId.safeParse(request.params.id);
    if (!id.success) return sendError(reply, 'malformed_request');
    return answer(reply, await reopenInspection(deps.db, id.data, staffOf(request).user.id));
  });

  app.post<FindingParams>('/v1/hq/inspections/:id/findings/:findingId/decision', { preHandler: requireRole('reviewer') }, async (request, reply) => {
    const id = InspectionId.safeParse(request.params.id);
    const findingId = FindingId.safeParse(request.params.findingId);
    const body = DecisionBody.safeParse(request.body);
    if (!id.success || !findingId.success || !body.success) return sendError(reply, 'malformed_request');
    const reason = validReason(body.data.reason);
    if (reason === undefined) return sendError(reply, 'reason_required');
    const result = await recordDecision(deps.db, deps.hqSigningPrivateKey, {
      inspectionId: id.data,
      findingId: findingId.data,
      outcome: body.data.outcome,
      changedTo: body.data.changedTo,
      reason,
      userId: staffOf(request).user.id,
    });
    return answer(reply, result, 201);
  });

  app.post<FindingParams>('/v1/hq/inspections/:id/findings/:findingId/decision/approve', { preHandler: requireRole('approver') }, async (request, reply) => {
    const id = InspectionId.safeParse(request.params.id);
    const findingId = FindingId.safeParse(request.params.findingId);
    if (!id.success || !findingId.success) return sendError(reply, 'malformed_request');
    return answer(reply, await approveDecision(deps.db, deps.hqSigningPrivateKey, { inspectionId: id.data, findingId: findingId.data, userId: staffOf(request).user.id }));
  });
}
