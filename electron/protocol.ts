import type { CustomScheme } from 'electron';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { contentTypeFor } from './content-types';
import { rendererPathSegments } from '../shared/security/renderer-files.mjs';

export type RendererHandler = (request: Request) => Promise<Response>;

/** `standard` + `secure` give app:// a real, secure origin (IndexedDB, WebCrypto). */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Must run before `app` is ready: Electron only accepts privileged schemes then. */
export function registerAppScheme(protocol: { registerSchemesAsPrivileged(schemes: CustomScheme[]): void }): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

function refuse(status: 403 | 404 | 405): Response {
  return new Response(null, { status, headers: SECURITY_HEADERS });
}

/** The file to serve, with SPA fallback to index.html for extension-less routes. */
async function locate(root: string, segments: string[]): Promise<string | null> {
  const wanted = segments.length === 0 ? 'index.html' : join(...segments);
  const found = await stat(join(root, wanted)).catch(() => null);
  if (found?.isFile() === true) return join(root, wanted);
  if (extname(wanted) === '') return join(root, 'index.html');
  return null;
}

/**
 * Serve `root` (dist/renderer) on app://inspection-kit/. Pure over Request/Response
 * so it is tested in Node; anything outside the root or the host is refused.
 */
export function createRendererHandler(root: string): RendererHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const url = new URL(request.url);
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(403);
    const segments = rendererPathSegments(url.pathname);
    if (segments === null) return refuse(403);
    const base = await realpath(root).catch(() => null);
    if (base === null) return refuse(404);
    const candidate = await locate(base, segments);
    // realpath defeats symlinks inside dist/renderer that point elsewhere.
    const file = candidate === null ? null : await realpath(candidate).catch(() => null);
    if (file?.startsWith(base + sep) !== true) return refuse(404);
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
    const headers: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) };
    if (file === join(base, 'index.html')) headers['Cache-Control'] = 'no-cache';
    return new Response(body, { status: 200, headers });
  };
}
