import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { deviceOf } from '../auth';
import type { Db } from '../db/pool';
import { currentPublished, etagOf, type PublishedKind } from '../published';
import { releasedDecisionsFor } from '../staff/decisions';

/** If-None-Match holds one or more ETags (or `*`); weak ones compare by their opaque part. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

function sendTagged(request: FastifyRequest, reply: FastifyReply, body: unknown, etag: string): FastifyReply {
  // no-store: the roster and decisions name officials, and a browser's HTTP cache is clear files on disk.
  // The device keeps the body and its ETag itself and asks with If-None-Match (a 304 costs one round trip).
  void reply.header('ETag', etag).header('Cache-Control', 'no-store');
  if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.code(200).send(body);
}

export function pullRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const published = (kind: PublishedKind, empty: unknown) => async (request: FastifyRequest, reply: FastifyReply) => {
    const doc = await currentPublished(deps.db, kind);
    return doc === undefined ? sendTagged(request, reply, empty, etagOf(empty)) : sendTagged(request, reply, doc.body, doc.etag);
  };
  app.get('/v1/templates', published('templates', { templates: [] }));
  app.get('/v1/roster', published('roster', { offices: [], officials: [] }));
  app.get('/v1/decisions', async (request, reply) => {
    // Released, current decisions only: the ETag (of the body) changes when one is released or replaced.
    const body = { decisions: await releasedDecisionsFor(deps.db, deviceOf(request).id) };
    return sendTagged(request, reply, body, etagOf(body));
  });
}
