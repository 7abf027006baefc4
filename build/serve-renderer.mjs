// Dependency-free static server for dist/renderer: the browser host of `npm start`
// when Electron is absent, and the server the end-to-end tests drive Chromium against.
import { readFileSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, sep } from 'node:path';
import { CONTENT_TYPES, rendererPathSegments } from '../shared/security/renderer-files.mjs';

export { CONTENT_TYPES, rendererPathSegments };

const policy = JSON.parse(readFileSync(new URL('../shared/security/csp.json', import.meta.url), 'utf8'));

/** Same string as shared/security/csp.ts builds (a test keeps them equal). */
export const CONTENT_SECURITY_POLICY = Object.entries(policy.directives)
  .map(([directive, values]) => `${directive} ${values.join(' ')}`)
  .join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const LOOPBACK_BIND = new Set(['127.0.0.1', 'localhost', '::1']);
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

async function locate(root, segments) {
  const wanted = segments.length === 0 ? 'index.html' : join(...segments);
  const found = await stat(join(root, wanted)).catch(() => null);
  if (found?.isFile()) return join(root, wanted);
  return extname(wanted) === '' ? join(root, 'index.html') : null;
}

async function respond(request, root, allowedHosts) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return { status: 405 };
  // A page on another name that resolves to 127.0.0.1 (DNS rebinding) gets nothing.
  if (allowedHosts !== null && !allowedHosts.has(request.headers.host ?? '')) return { status: 403 };
  // The raw request-target, not a parsed URL: `//host/x` must not turn into another host's path.
  const segments = rendererPathSegments((request.url ?? '').split(/[?#]/, 1)[0]);
  if (segments === null) return { status: 403 };
  const base = await realpath(root).catch(() => null);
  if (base === null) return { status: 404 };
  const candidate = await locate(base, segments);
  // realpath defeats symlinks inside dist/renderer that point elsewhere.
  const file = candidate === null ? null : await realpath(candidate).catch(() => null);
  if (file === null || !file.startsWith(base + sep)) return { status: 404 };
  const headers = { 'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' };
  if (file === join(base, 'index.html')) headers['Cache-Control'] = 'no-cache';
  return { status: 200, headers, body: await readFile(file) };
}

/**
 * Serve `root` on `host:port` (port 0: the OS picks a free one; `url` reports it).
 * @param {{ root: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export function serveRenderer({ root, port = 0, host = '127.0.0.1' }) {
  let allowedHosts = null;
  const server = createServer((request, response) => {
    respond(request, root, allowedHosts)
      .catch(() => ({ status: 500 }))
      .then(({ status, headers = {}, body }) => {
        response.writeHead(status, { ...SECURITY_HEADERS, ...headers });
        response.end(request.method === 'HEAD' ? undefined : body);
      });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const actualPort = server.address().port;
      const urlHost = host.includes(':') ? `[${host}]` : host;
      if (LOOPBACK_BIND.has(host)) allowedHosts = new Set(LOOPBACK_NAMES.map((name) => `${name}:${actualPort}`));
      resolve({
        url: `http://${urlHost}:${actualPort}`,
        close: () =>
          new Promise((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Browsers hold keep-alive sockets open; without this, close() waits for them.
            server.closeAllConnections();
          }),
      });
    });
  });
}
