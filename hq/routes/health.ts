import type { FastifyInstance } from 'fastify';
import { HQ_VERSION, SERVICE_NAME } from '../version';

/** No auth, no database: the device's "is HQ reachable" probe. */
export function healthRoutes(app: FastifyInstance): void {
  app.get('/v1/health', () => ({ status: 'ok', service: SERVICE_NAME, version: HQ_VERSION, time: new Date().toISOString() }));
}
