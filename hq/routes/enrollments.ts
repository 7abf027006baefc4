import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Key32 } from '../../shared/bundle/index';
import type { Db } from '../db/pool';
import { enrollDevice } from '../enrollment';
import { sendError } from '../http-errors';
import type { HqKeys } from '../keys';

const EnrollmentRequest = z.object({
  code: z.string().min(1).max(64),
  publicKey: Key32,
  deviceName: z.string().trim().min(1).max(120).optional(),
  appVersion: z.string().trim().min(1).max(40).optional(),
});

export function enrollmentRoutes(app: FastifyInstance, deps: { db: Db; keys: HqKeys }): void {
  app.post('/v1/enrollments', { bodyLimit: 16 * 1024 }, async (request, reply) => {
    const body = EnrollmentRequest.safeParse(request.body);
    if (!body.success) return sendError(reply, 'malformed_request');
    const result = await enrollDevice(deps.db, body.data);
    if (!result.ok) {
      request.log.info({ reason: result.error.code }, 'enrollment refused');
      return sendError(reply, result.error.code);
    }
    const { deviceId, token, inspectorName } = result.value;
    request.log.info({ deviceId }, 'device enrolled');
    return reply.code(201).send({ deviceId, token, inspectorName, hq: deps.keys.public });
  });
}
