import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ChecklistTemplate } from '../../shared/catalogue/schema';
import { vietnamDate } from '../../shared/domain/vietnam-date';
import type { Db } from '../db/pool';
import { errorBody, sendError } from '../http-errors';
import type { HqKeys } from '../keys';
import { requireRole, staffOf } from '../staff/access';
import { writeAudit } from '../staff/audit';
import { CSV_MEDIA_TYPE } from '../staff/csv';
import { evidenceFile } from '../staff/evidence';
import { EXPORT_ROLES, ExportQuery, exportCsv, exportScope } from '../staff/exports';
import { readRosterCsv } from '../staff/roster-import';
import { publishRoster, rosterReport } from '../staff/roster-import-publish';
import { listTemplates, parseTemplate, previewTemplate, publishTemplate } from '../staff/templates';

const Id = z.string().min(1).max(64);
/** A template is a few hundred items at most; a roster of every district office's staff fits easily. */
export const TEMPLATE_BODY_LIMIT = 2 * 1024 * 1024;
export const ROSTER_BODY_LIMIT = 5 * 1024 * 1024;
/** Evidence is a device's file: shown, if at all, with nothing able to run (SVG or HTML posing as an image). */
const EVIDENCE_CSP = "default-src 'none'; img-src 'self'; sandbox";

const mediaTypeOf = (request: FastifyRequest): string => (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** The body as text, when it came with the route's content type (both parsers below answer strings). */
function bodyText(request: FastifyRequest, mediaType: string): string | undefined {
  if (request.body === undefined || request.body === null) return mediaTypeOf(request) === mediaType || mediaTypeOf(request) === '' ? '' : undefined;
  return mediaTypeOf(request) === mediaType && typeof request.body === 'string' ? request.body : undefined;
}

/** The uploaded template, or undefined once the refusal is sent. */
function templateFrom(request: FastifyRequest, reply: FastifyReply): ChecklistTemplate | undefined {
  const text = bodyText(request, 'application/json');
  if (text === undefined) {
    void sendError(reply, 'unsupported_media_type');
    return undefined;
  }
  const parsed = parseTemplate(text);
  if (parsed.ok) return parsed.value;
  // Malformed JSON answers 422 with the parser's message, like any other template problem, not Fastify's 400.
  void reply.code(422).header('cache-control', 'no-store').send({ ...errorBody('invalid_template'), issues: parsed.issues });
  return undefined;
}

const versionConflict = (reply: FastifyReply, expected: string | undefined): FastifyReply =>
  reply.code(409).header('cache-control', 'no-store').send({ ...errorBody('version_conflict'), expected: Number(expected) });

/**
 * Issue 6's admin side: decrypted evidence and CSV exports for the roles that
 * may see them, template publishing and roster import for admins. Every access
 * and change is audited (ids, filters and counts only). Routes and roles: hq/API.md.
 */
export function staffAdminRoutes(app: FastifyInstance, deps: { db: Db; keys: HqKeys }): void {
  void app.register((admin, _options, done) => {
    // Encapsulated: only these routes read raw bodies. Templates parse their own JSON (to answer 422 with issues);
    // rosters are CSV.
    admin.removeContentTypeParser('application/json');
    admin.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: TEMPLATE_BODY_LIMIT }, (_request, body, parsed) => parsed(null, body));
    admin.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: ROSTER_BODY_LIMIT }, (_request, body, parsed) => parsed(null, body));
    evidenceRoute(admin, deps);
    exportRoutes(admin, deps.db);
    templateRoutes(admin, deps.db);
    rosterRoutes(admin, deps.db);
    done();
  });
}

function evidenceRoute(app: FastifyInstance, deps: { db: Db; keys: HqKeys }): void {
  type Params = { Params: { id: string; evidenceId: string } };
  app.get<Params>('/v1/hq/inspections/:id/evidence/:evidenceId', { preHandler: requireRole('reviewer') }, async (request, reply) => {
    const id = Id.safeParse(request.params.id);
    const evidenceId = Id.safeParse(request.params.evidenceId);
    if (!id.success || !evidenceId.success) return sendError(reply, 'malformed_request');
    const file = await evidenceFile(deps.db, deps.keys, id.data, evidenceId.data);
    const userId = staffOf(request).user.id;
    if (!file.ok) {
      if (file.error.code === 'not_found') return sendError(reply, 'not_found');
      request.log.error({ userId, inspectionId: id.data, evidenceId: evidenceId.data, reason: file.error.detail }, 'stored evidence does not open');
      return sendError(reply, 'evidence_unreadable');
    }
    await writeAudit(deps.db, { userId, action: 'evidence.viewed', target: id.data, detail: { evidenceId: evidenceId.data } });
    return reply
      .code(200)
      .header('content-type', file.value.mediaType)
      .header('content-disposition', `${file.value.inline ? 'inline' : 'attachment'}; filename="${file.value.filename}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .header('content-security-policy', EVIDENCE_CSP)
      .header('cross-origin-resource-policy', 'same-origin')
      .send(Buffer.from(file.value.bytes.buffer, file.value.bytes.byteOffset, file.value.bytes.byteLength));
  });
}

function exportRoutes(app: FastifyInstance, db: Db): void {
  for (const kind of ['inspections', 'findings', 'decisions'] as const) {
    app.get(`/v1/hq/exports/${kind}.csv`, { preHandler: requireRole(EXPORT_ROLES[kind]) }, async (request, reply) => {
      const query = ExportQuery.safeParse(request.query);
      if (!query.success) return sendError(reply, 'malformed_request');
      const { scope, rows } = await exportScope(db, kind, query.data);
      const { office, province, from, to } = query.data;
      // Written before the first row leaves HQ; the scope's cutoff makes `rows` the number streamed.
      await writeAudit(db, { userId: staffOf(request).user.id, action: 'export.downloaded', target: kind, detail: { export: kind, filters: { office, province, from, to }, rows } });
      const filename = `ik-${kind}-${vietnamDate(new Date().toISOString())}.csv`;
      return reply
        .header('content-type', CSV_MEDIA_TYPE)
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(Readable.from(exportCsv(db, kind, scope)));
    });
  }
}

function templateRoutes(app: FastifyInstance, db: Db): void {
  app.get('/v1/hq/templates', { preHandler: requireRole('admin') }, async (_request, reply) => reply.header('cache-control', 'no-store').send(await listTemplates(db)));

  app.post('/v1/hq/templates/preview', { preHandler: requireRole('admin') }, async (request, reply) => {
    const template = templateFrom(request, reply);
    if (template === undefined) return reply;
    const preview = await previewTemplate(db, template);
    if (!preview.ok) return versionConflict(reply, preview.error.detail);
    return reply.header('cache-control', 'no-store').send(preview.value);
  });

  app.post('/v1/hq/templates', { preHandler: requireRole('admin') }, async (request, reply) => {
    const template = templateFrom(request, reply);
    if (template === undefined) return reply;
    const userId = staffOf(request).user.id;
    const published = await publishTemplate(db, template, userId);
    if (!published.ok) return versionConflict(reply, published.error.detail);
    request.log.info({ userId, template: published.value.template }, 'template published');
    return reply.code(201).header('cache-control', 'no-store').send(published.value);
  });
}

function rosterRoutes(app: FastifyInstance, db: Db): void {
  const readBody = (request: FastifyRequest) => {
    const text = bodyText(request, 'text/csv');
    return text === undefined ? undefined : readRosterCsv(text);
  };

  app.post('/v1/hq/roster/preview', { preHandler: requireRole('admin') }, async (request, reply) => {
    const read = readBody(request);
    if (read === undefined) return sendError(reply, 'unsupported_media_type');
    return reply.header('cache-control', 'no-store').send(await rosterReport(db, read));
  });

  app.post('/v1/hq/roster', { preHandler: requireRole('admin') }, async (request, reply) => {
    const read = readBody(request);
    if (read === undefined) return sendError(reply, 'unsupported_media_type');
    const report = await rosterReport(db, read);
    if (!report.valid) return reply.code(422).header('cache-control', 'no-store').send({ ...errorBody('invalid_roster'), report });
    const userId = staffOf(request).user.id;
    const published = await publishRoster(db, read, report, userId);
    request.log.info({ userId, version: published.version, offices: report.offices, officials: report.officials }, 'roster imported');
    return reply.code(201).header('cache-control', 'no-store').send(published);
  });
}
