import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendError } from './http-errors';
import { sha256Hex } from './tokens';

/**
 * The HQ review workspace: the renderer's own build (`dist/renderer`), served by
 * HQ so staff use it from a browser on HQ's origin (docs/0010-hq-workspace.md).
 * HQ marks the page with `<meta name="ik-host" content="hq">`; the renderer then
 * starts the HQ workspace instead of the field app.
 *
 * Files are read once at start-up into memory (the build is a few MB) and served
 * from that map only: no path from a request ever reaches the file system.
 */

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The page may talk to its own origin only; otherwise the renderer's policy (shared/security/csp.json). */
export const WORKSPACE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const HOST_MARKER = '<meta name="ik-host" content="hq" />';

interface WorkspaceFile {
  readonly body: Buffer;
  readonly type: string;
  readonly etag: string;
}

export interface Workspace {
  readonly dir: string;
  /** URL path (`/assets/index-abc.js`) → file. */
  readonly files: ReadonlyMap<string, WorkspaceFile>;
}

/**
 * Where the built renderer is: next to the bundle (`dist/hq/hq.mjs` → `dist/renderer`),
 * or, when HQ runs from source (tests), under the project's `dist/`.
 */
export function defaultWorkspaceDir(): string | undefined {
  const candidates = [new URL('../renderer/', import.meta.url), new URL('../dist/renderer/', import.meta.url)].map((url) => fileURLToPath(url));
  return candidates.find((dir) => existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'assets')));
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Reads the build; `undefined` when there is none (HQ then answers its API only, and says so at start). */
export async function loadWorkspace(dir: string | undefined): Promise<Workspace | undefined> {
  if (dir === undefined || !existsSync(join(dir, 'index.html'))) return undefined;
  const files = new Map<string, WorkspaceFile>();
  for (const path of await listFiles(dir)) {
    const type = MEDIA_TYPES[extname(path)];
    if (type === undefined) continue;
    const urlPath = `/${relative(dir, path).split(sep).join('/')}`;
    let body = await readFile(path);
    if (urlPath === '/index.html') {
      const html = body.toString('utf8');
      if (!html.includes('<head>')) throw new Error(`${path} has no <head>`);
      body = Buffer.from(html.replace('<head>', `<head>\n    ${HOST_MARKER}`), 'utf8');
    }
    files.set(urlPath, { body, type, etag: `"${sha256Hex(body).slice(0, 32)}"` });
  }
  return { dir, files };
}

function send(reply: FastifyReply, file: WorkspaceFile, ifNoneMatch: string | undefined, immutable: boolean): FastifyReply {
  reply
    .header('content-security-policy', WORKSPACE_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('x-frame-options', 'DENY')
    .header('cross-origin-opener-policy', 'same-origin')
    .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
    .header('etag', file.etag);
  if (ifNoneMatch === file.etag) return reply.code(304).send();
  return reply.type(file.type).send(file.body);
}

export function workspaceRoutes(app: FastifyInstance, workspace: Workspace): void {
  const index = workspace.files.get('/index.html');
  if (index === undefined) throw new Error('workspace without index.html');
  const page = (request: { headers: { 'if-none-match'?: string | undefined } }, reply: FastifyReply) => send(reply, index, request.headers['if-none-match'], false);
  app.get('/', (request, reply) => page(request, reply));
  app.get('/index.html', (request, reply) => page(request, reply));
  app.get<{ Params: { '*': string } }>('/assets/*', (request, reply) => {
    const file = workspace.files.get(`/assets/${request.params['*']}`);
    if (file === undefined) return sendError(reply, 'not_found');
    // Vite names assets by content hash: a name never changes meaning.
    return send(reply, file, request.headers['if-none-match'], true);
  });
}
