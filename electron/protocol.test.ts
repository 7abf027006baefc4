import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';
import { APP_SCHEME_PRIVILEGES, createRendererHandler, registerAppScheme, type RendererHandler } from './protocol';
import { rendererPathSegments } from '../shared/security/renderer-files.mjs';

let workDir: string;
let handle: RendererHandler;
const INDEX = '<!doctype html><title>Inspection Kit</title>';

beforeAll(async () => {
  // A throwaway dist/renderer plus a secret beside it that must stay unreachable.
  workDir = await mkdtemp(join(tmpdir(), 'ik-protocol-'));
  const root = join(workDir, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), INDEX);
  await writeFile(join(root, 'assets', 'app-1a2b.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'app-1a2b.css'), 'body{}');
  await writeFile(join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(join(root, 'assets', 'font.woff2'), 'w');
  await writeFile(join(root, 'assets', 'data.bin'), 'b');
  await writeFile(join(workDir, 'secret.txt'), 'TOP SECRET');
  await symlink(join(workDir, 'secret.txt'), join(root, 'assets', 'escape.txt'));
  handle = createRendererHandler(root);
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// handler', () => {
  it('serves index.html at the root with the CSP, nosniff and no-cache', async () => {
    const response = await get('app://inspection-kit/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it.each([
    ['assets/app-1a2b.js', 'text/javascript; charset=utf-8'],
    ['assets/app-1a2b.css', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/data.bin', 'application/octet-stream'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(`app://inspection-kit/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('cache-control')).toBeNull();
  });

  it('falls back to index.html for extension-less routes (SPA), not for missing files', async () => {
    const route = await get('app://inspection-kit/field/inspections/42');
    expect(route.status).toBe(200);
    expect(await route.text()).toBe(INDEX);
    expect((await get('app://inspection-kit/assets/missing.js')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://inspection-kit/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect((await get('app://inspection-kit/index.html', 'POST')).status).toBe(405);
  });

  it.each([
    'app://inspection-kit/..%2fsecret.txt',
    'app://inspection-kit/assets/..%2f..%2fsecret.txt',
    'app://inspection-kit/%2e%2e%2fsecret.txt',
    'app://inspection-kit/..%5csecret.txt',
    'app://inspection-kit/%2Fetc%2Fpasswd',
    'app://inspection-kit//etc/passwd',
    'app://inspection-kit/C:%5CWindows%5Cwin.ini',
    'app://inspection-kit/index.html%00.png',
    'app://inspection-kit/%E0%A4%A',
  ])('refuses traversal: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('never leaves the root, even when the URL parser already removed the dots', async () => {
    // new Request() normalises `..` and `%2e%2e` segments; the result must stay inside the root.
    for (const url of ['app://inspection-kit/../secret.txt', 'app://inspection-kit/%2e%2e/secret.txt', 'app://inspection-kit/assets/%2E%2E/%2E%2E/secret.txt']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('SECRET');
    }
  });

  it('refuses a symlink that points outside the root', async () => {
    const response = await get('app://inspection-kit/assets/escape.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('');
  });

  it.each(['app://evil/index.html', 'app://inspection-kit.evil/index.html', 'https://inspection-kit/index.html'])('refuses other hosts and schemes: %s', async (url) => {
    expect((await get(url)).status).toBe(403);
  });

  it('answers 404, not a crash, when the root does not exist', async () => {
    const missing = createRendererHandler(join(workDir, 'no-such-dir'));
    expect((await missing(new Request('app://inspection-kit/'))).status).toBe(404);
  });
});

describe('rendererPathSegments', () => {
  it('splits clean paths and tolerates a trailing slash', () => {
    expect(rendererPathSegments('/')).toEqual([]);
    expect(rendererPathSegments('/assets/app.js')).toEqual(['assets', 'app.js']);
    expect(rendererPathSegments('/field/')).toEqual(['field']);
    expect(rendererPathSegments('/ki%E1%BB%83m-tra')).toEqual(['kiểm-tra']);
  });

  it.each(['/..', '/a/../b', '/%2e%2e', '/.', '/a%2fb', '/a%5cb', '/a//b', 'relative', '/a%00b', '/c:'])('rejects %s', (path) => {
    expect(rendererPathSegments(path)).toBeNull();
  });
});

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure, fetch-capable scheme', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered).toEqual([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
  });
});
