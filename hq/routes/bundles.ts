import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DEFAULT_LIMITS, Uuid } from '../../shared/bundle/index';
import { decodeBase64url } from '../../shared/seal/base64url';
import { deviceOf } from '../auth';
import { sendError } from '../http-errors';
import { ingestBundle, type IngestContext } from '../ingest';

const BundleRequest = z.object({
  manifest: z.string().min(1).regex(/^[A-Za-z0-9_-]+$/),
  signature: z.string().min(1).max(200).regex(/^[A-Za-z0-9_-]+$/),
});

/**
 * The manifest and signature of a bundle whose parts were PUT to /v1/blobs.
 * 202 lists parts still missing (resume by sending only those); 201 stores it
 * and answers the signed receipt; 200 answers the same receipt again.
 */
export function bundleRoutes(app: FastifyInstance, deps: IngestContext): void {
  const limits = deps.limits ?? DEFAULT_LIMITS;
  // base64url is 4/3 of the bytes; the rest is the JSON around it.
  const bodyLimit = Math.ceil((limits.maxManifestBytes * 4) / 3) + 4096;

  app.put<{ Params: { id: string } }>('/v1/bundles/:id', { bodyLimit }, async (request, reply) => {
    const bundleId = request.params.id;
    const body = BundleRequest.safeParse(request.body);
    if (!Uuid.safeParse(bundleId).success || !body.success) return sendError(reply, 'malformed_request');
    const manifestBytes = decodeBase64url(body.data.manifest);
    const signature = decodeBase64url(body.data.signature);
    if (manifestBytes === null || signature === null) return sendError(reply, 'malformed_request');
    const device = deviceOf(request);

    const result = await ingestBundle(deps, { manifestBytes, signature, source: 'http', deviceId: device.id, bundleId });
    if (!result.ok) {
      request.log.info({ deviceId: device.id, bundleId, reason: result.error.code }, 'bundle refused');
      return sendError(reply, result.error.code);
    }
    const outcome = result.value;
    request.log.info({ deviceId: device.id, bundleId, status: outcome.status }, 'bundle');
    if (outcome.status === 'incomplete') return reply.code(202).send({ status: 'incomplete', missing: outcome.missing });
    return reply.code(outcome.status === 'imported' ? 201 : 200).send(outcome.receipt);
  });
}
