import type { FastifyReply, FastifyRequest } from 'fastify';
import { pino, type Logger, type LoggerOptions } from 'pino';

/**
 * Logs carry method, route, status, device and bundle ids and reason codes —
 * never record contents, names, tokens, enrollment codes, passwords or cookies. Request bodies are
 * never logged, and headers are not serialised at all; the redaction below is a
 * second line of defence if someone logs a header or body object by hand.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'headers.authorization',
  'authorization',
  'req.headers.cookie',
  'headers.cookie',
  'headers["set-cookie"]',
  'res.headers["set-cookie"]',
  'cookie',
  '["set-cookie"]',
  'password',
  'passwordHash',
  'password_hash',
  '*.cookie',
  '*.password',
  '*.passwordHash',
  'token',
  'code',
  'inspectorName',
  'inspector',
  'body',
  'record',
  'passphrase',
  '*.token',
  '*.inspectorName',
  '*.body',
  '*.record',
];

interface RequestLike {
  readonly method: string;
  readonly url: string;
  readonly id?: string;
  readonly routeOptions?: { readonly url?: string };
}

export function serializeRequest(req: RequestLike): Record<string, unknown> {
  // Only the path; our API has no query parameters worth keeping.
  const path = req.url.split('?')[0];
  return { id: req.id, method: req.method, route: req.routeOptions?.url, url: path };
}

export function serializeResponse(res: { readonly statusCode: number }): Record<string, unknown> {
  return { statusCode: res.statusCode };
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: { service: 'inspection-kit-hq' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: FastifyRequest) => serializeRequest(req),
      res: (res: FastifyReply) => serializeResponse(res),
    },
  };
}

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return destination === undefined ? pino(loggerOptions(level)) : pino(loggerOptions(level), destination);
}
