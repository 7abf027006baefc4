import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY as SHARED_CSP } from '../shared/security/csp';
import { CONTENT_SECURITY_POLICY, serveRenderer, type RendererServer } from './serve-renderer.mjs';

let workDir: string;
let server: RendererServer;
const INDEX = '<!doctype html><title>Inspection Kit</title>';

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'ik-serve-'));
  const root = join(workDir, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), INDEX);
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'app.css'), 'body{}');
  await writeFile(join(workDir, 'secret.txt'), 'TOP SECRET');
  await symlink(join(workDir, 'secret.txt'), join(root, 'assets', 'escape.txt'));
  server = await serveRenderer({ root, port: 0 });
});

afterAll(async () => {
  await server.close();
  await rm(workDir, { recursive: true, force: true });
});

/** A raw request: the path goes on the wire verbatim (fetch would normalise `..`). */
function raw(path: string, options: { method?: string; host?: string } = {}) {
  const { port, hostname } = new URL(server.url);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path, method: options.method ?? 'GET', headers: options.host === undefined ? {} : { host: options.host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveRenderer', () => {
  it('listens on an OS-chosen port on 127.0.0.1 and reports the real URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toMatch(/:0$/);
  });

  it('serves index.html with the shared CSP, nosniff and no-cache', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(SHARED_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves assets with their content types and without no-cache', async () => {
    const js = await fetch(`${server.url}/assets/app.js?v=1`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBeNull();
    expect(js.headers.get('content-security-policy')).toBe(SHARED_CSP);
    expect((await fetch(`${server.url}/assets/app.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('falls back to index.html for extension-less routes, 404 for missing files', async () => {
    const route = await fetch(`${server.url}/field/inspections/42`);
    expect(route.status).toBe(200);
    expect(await route.text()).toBe(INDEX);
    const missing = await fetch(`${server.url}/assets/missing.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt', '//etc/passwd', '/%2Fetc%2Fpasswd', '/C:%5Cwin.ini', '/index.html%00.js'])(
    'refuses traversal %s',
    async (path) => {
      const response = await raw(path);
      expect(response.status).toBe(403);
      expect(response.body).not.toContain('SECRET');
    },
  );

  it('refuses a symlink that leads outside the root', async () => {
    const response = await raw('/assets/escape.txt');
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('SECRET');
  });

  it('refuses requests for another host name (DNS rebinding) and non-GET methods', async () => {
    expect((await raw('/', { host: 'attacker.example' })).status).toBe(403);
    expect((await raw('/', { host: `localhost:${new URL(server.url).port}` })).status).toBe(200);
    expect((await raw('/', { method: 'POST' })).status).toBe(405);
    const head = await raw('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('uses a given port and fails with EADDRINUSE when it is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    try {
      await expect(serveRenderer({ root: workDir, port: address.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
    const again = await serveRenderer({ root: workDir, port: address.port });
    expect(again.url).toBe(`http://127.0.0.1:${address.port}`);
    await again.close();
  });

  it('closes promptly even with a keep-alive connection open', async () => {
    const extra = await serveRenderer({ root: join(workDir, 'renderer') });
    // Node's fetch keeps the socket alive after this response, as a browser tab does.
    await fetch(`${extra.url}/`).then((r) => r.text());
    const started = performance.now();
    await extra.close();
    expect(performance.now() - started).toBeLessThan(1000);
    await expect(fetch(`${extra.url}/`)).rejects.toThrow();
  });
});

describe('parity with the Electron host', () => {
  // Content types and path rules are one module (shared/security/renderer-files.mjs); the CSP string is built twice.
  it('builds the same CSP string as shared/security/csp.ts', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(SHARED_CSP);
  });
});
