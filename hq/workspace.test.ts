import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace, WORKSPACE_CSP, workspaceRoutes } from './workspace';

let dir: string;
const app = Fastify();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ik-workspace-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><html><head><title>x</title></head><body><script type="module" src="/assets/app-1.js"></script></body></html>');
  await writeFile(join(dir, 'assets', 'app-1.js'), 'console.log("hq")');
  await writeFile(join(dir, 'assets', 'style-1.css'), 'body{}');
  await writeFile(join(dir, 'assets', 'notes.exe'), 'MZ');
  await writeFile(join(dir, 'secret.key'), 'do not serve');
  const workspace = await loadWorkspace(dir);
  if (workspace === undefined) throw new Error('workspace not loaded');
  workspaceRoutes(app, workspace);
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the HQ workspace files', () => {
  it('serves the page marked as HQ, with a same-origin CSP and no caching of the page itself', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<head>\n    <meta name="ik-host" content="hq" />');
    expect(res.headers['content-security-policy']).toBe(WORKSPACE_CSP);
    expect(WORKSPACE_CSP).toContain("connect-src 'self'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('no-cache');
    const again = await app.inject({ method: 'GET', url: '/', headers: { 'if-none-match': String(res.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it('serves built assets with their type, cached for ever (their names carry a content hash)', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/app-1.js' });
    expect([res.statusCode, res.headers['content-type'], res.body]).toEqual([200, 'text/javascript; charset=utf-8', 'console.log("hq")']);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each(['/assets/../secret.key', '/assets/%2e%2e/secret.key', '/secret.key', '/assets/notes.exe', '/assets/missing.js', '/assets/'])(
    'answers 404 for %s (only files read at start-up, of known types, are served)',
    async (url) => {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('do not serve');
    },
  );

  it('is absent when the renderer was never built', async () => {
    expect(await loadWorkspace(join(dir, 'nowhere'))).toBeUndefined();
    expect(await loadWorkspace(undefined)).toBeUndefined();
  });
});
