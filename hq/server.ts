import cors from '@fastify/cors';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import type { BundleLimits } from '../shared/bundle/index';
import { deviceAuthentication } from './auth';
import type { Db } from './db/pool';
import { sendError } from './http-errors';
import type { HqKeys } from './keys';
import { DEFAULT_DEVICE_RATE_LIMITS, deviceRateLimitHooks, type DeviceRateLimits } from './rate-limit';
import { blobRoutes } from './routes/blobs';
import { bundleRoutes } from './routes/bundles';
import { enrollmentRoutes } from './routes/enrollments';
import { healthRoutes } from './routes/health';
import { staffAdminRoutes } from './routes/hq-admin';
import { staffInsightRoutes } from './routes/hq-insights';
import { staffReviewRoutes } from './routes/hq-review';
import { staffSessionRoutes } from './routes/hq-session';
import { pullRoutes } from './routes/pulls';
import { staffSession } from './staff/access';
import { SignInLimiter } from './staff/sign-in-limiter';
import { workspaceRoutes, type Workspace } from './workspace';

export interface ServerDeps {
  readonly db: Db;
  readonly keys: HqKeys;
  /** A pino logger (see log.ts); typed as Fastify's view of it. */
  readonly log: FastifyBaseLogger;
  readonly limits?: BundleLimits;
  /** HQ_PUBLIC_URL: when it is https, the staff session cookie is marked Secure. */
  readonly publicUrl?: string | undefined;
  /** Failed staff sign-ins (in memory, per instance); tests pass their own. */
  readonly signInLimiter?: SignInLimiter;
  /** The HQ review workspace (the built renderer); absent when not built. */
  readonly workspace?: Workspace | undefined;
  /** Request rate limits on the device API (HQ_DEVICE_RATE…); default DEFAULT_DEVICE_RATE_LIMITS. */
  readonly deviceRateLimits?: DeviceRateLimits;
  /** HQ_TRUST_PROXY (config.ts): whose X-Forwarded-For names the client; absent = nobody's. */
  readonly trustProxy?: readonly string[] | undefined;
}

/** Body limit of every route that sets none: the largest such body is a decision's reason (≤ 2000 characters). */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

/** Fastify's own client errors, answered in our error shape. */
function clientErrorCode(error: FastifyError): 'too_large' | 'unsupported_media_type' | 'malformed_request' {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) return 'too_large';
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.statusCode === 415) return 'unsupported_media_type';
  return 'malformed_request';
}

export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log,
    // Devices retry; a slow client must not hold a socket for ever.
    requestTimeout: 120_000,
    bodyLimit: DEFAULT_BODY_LIMIT,
    return503OnClosing: true,
    trustProxy: deps.trustProxy === undefined ? false : [...deps.trustProxy],
  });
  app.decorateRequest('device', null);
  app.decorateRequest('staff', null);

  // Device auth is a bearer token, so any origin may call the device API (the browser host runs on its own origin).
  // The staff API's cookie is SameSite=Strict and never sent cross-site, and its state-changing requests need
  // X-IK-HQ, a header not in allowedHeaders: a cross-origin page cannot pass the preflight to send it.
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'HEAD', 'PUT', 'POST', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-None-Match'],
    exposedHeaders: ['ETag'],
    maxAge: 600,
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      const code = clientErrorCode(error);
      request.log.info({ reason: code }, 'request refused');
      return sendError(reply, code);
    }
    request.log.error({ err: { message: error.message, code: error.code, stack: error.stack } }, 'request failed');
    return sendError(reply, 'internal');
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, 'not_found'));

  // API answers carry rosters, decisions and officials' records: never into a browser's disk cache
  // (Chromium's HTTP cache is plain files in the profile). Routes that chose a policy keep theirs.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/v1/') && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
  });

  healthRoutes(app);
  if (deps.workspace !== undefined) workspaceRoutes(app, deps.workspace);
  // Rate limits answer 429 from onRequest hooks: before the token lookup (by address) and before the body is read.
  const rate = deviceRateLimitHooks(deps.deviceRateLimits ?? DEFAULT_DEVICE_RATE_LIMITS);
  await app.register((enrolment, _options, done) => {
    enrolment.addHook('onRequest', rate.byAddress);
    enrollmentRoutes(enrolment, deps);
    done();
  });
  await app.register((device, _options, done) => {
    device.addHook('onRequest', rate.byAddress);
    device.addHook('onRequest', deviceAuthentication(deps.db));
    device.addHook('onRequest', rate.byDevice);
    blobRoutes(device, deps);
    bundleRoutes(device, deps);
    pullRoutes(device, deps);
    done();
  });
  // Staff routes look only at the session cookie, device routes only at the bearer token: neither grants the other.
  const secureCookies = deps.publicUrl?.startsWith('https:') === true;
  const signInLimiter = deps.signInLimiter ?? new SignInLimiter();
  await app.register((staff, _options, done) => {
    staff.addHook('onRequest', staffSession(deps.db, secureCookies));
    staffSessionRoutes(staff, { db: deps.db, secureCookies, signInLimiter });
    staffReviewRoutes(staff, { db: deps.db, hqSigningKey: deps.keys.public.signingPublicKey, hqSigningPrivateKey: deps.keys.signingPrivateKey });
    staffInsightRoutes(staff, { db: deps.db });
    staffAdminRoutes(staff, { db: deps.db, keys: deps.keys });
    done();
  });
  return app;
}
