import type { FastifyInstance } from 'fastify';
import { DEFAULT_LIMITS, Hex64, type BundleLimits } from '../../shared/bundle/index';
import { deviceOf } from '../auth';
import type { Db } from '../db/pool';
import { sendError } from '../http-errors';
import { sha256Hex } from '../tokens';

interface BlobParams {
  sha256: string;
}

async function partIsKnown(db: Db, sha256: string): Promise<boolean> {
  const { rows } = await db.query<{ known: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM staged_parts WHERE sha256 = $1)
         OR EXISTS (SELECT 1 FROM bundle_parts WHERE sha256 = $1) AS known`,
    [sha256],
  );
  return rows[0]?.known === true;
}

/**
 * Content-addressed upload of one ciphertext part. The address is checked
 * against the bytes, so a part is stored only as exactly what its name says;
 * uploading it again is harmless (200).
 */
export function blobRoutes(app: FastifyInstance, deps: { db: Db; limits?: BundleLimits }): void {
  const limits = deps.limits ?? DEFAULT_LIMITS;
  // A part is at most maxPartBytes (ciphertext of a 25 MB file plus its tag); one byte more is 413 too_large.
  const bodyLimit = limits.maxPartBytes;
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit }, (_request, body, done) => {
    done(null, body);
  });

  app.put<{ Params: BlobParams }>('/v1/blobs/:sha256', { bodyLimit }, async (request, reply) => {
    const { sha256 } = request.params;
    if (!Hex64.safeParse(sha256).success) return sendError(reply, 'malformed_request');
    const body = request.body;
    if (!Buffer.isBuffer(body)) return sendError(reply, 'unsupported_media_type');
    const device = deviceOf(request);
    if (sha256Hex(body) !== sha256) {
      request.log.info({ deviceId: device.id, reason: 'hash_mismatch' }, 'part refused');
      return sendError(reply, 'hash_mismatch', 400);
    }
    if (await partIsKnown(deps.db, sha256)) return reply.code(200).send({ sha256, size: body.length, status: 'present' });
    const inserted = await deps.db.query(
      'INSERT INTO staged_parts (sha256, size, data, device_id) VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING',
      [sha256, body.length, body, device.id],
    );
    const created = inserted.rowCount === 1;
    request.log.info({ deviceId: device.id, sha256, size: body.length, created }, 'part received');
    return reply.code(created ? 201 : 200).send({ sha256, size: body.length, status: created ? 'stored' : 'present' });
  });

  app.head<{ Params: BlobParams }>('/v1/blobs/:sha256', async (request, reply) => {
    const { sha256 } = request.params;
    if (!Hex64.safeParse(sha256).success) return reply.code(400).send();
    return reply.code((await partIsKnown(deps.db, sha256)) ? 200 : 404).send();
  });
}
