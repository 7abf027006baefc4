import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { ChildProcess } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserFallbackMessage, chooseHost, downloadElectron, findElectronBinary, preferredPort, serveWithPortFallback } from './launcher.mjs';
import { serveRenderer } from './serve-renderer.mjs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ik-launcher-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('chooseHost', () => {
  it('uses Electron straight away when the binary is present, without downloading', async () => {
    let downloads = 0;
    const choice = await chooseHost({
      findElectron: () => '/opt/electron/electron',
      download: () => {
        downloads += 1;
        return Promise.resolve({ ok: true, output: '' });
      },
    });
    expect(choice).toEqual({ host: 'electron', binary: '/opt/electron/electron', downloaded: false });
    expect(downloads).toBe(0);
  });

  it('uses Electron when the one download attempt brings the binary', async () => {
    let installed = false;
    let downloads = 0;
    const choice = await chooseHost({
      findElectron: () => (installed ? '/p/electron' : null),
      download: () => {
        downloads += 1;
        installed = true;
        return Promise.resolve({ ok: true, output: 'Downloading…' });
      },
    });
    expect(choice).toEqual({ host: 'electron', binary: '/p/electron', downloaded: true });
    expect(downloads).toBe(1);
  });

  it('falls back to the browser, with the reason, when the download fails', async () => {
    let downloads = 0;
    const choice = await chooseHost({
      findElectron: () => null,
      download: () => {
        downloads += 1;
        return Promise.resolve({ ok: false, output: 'TypeError: fetch failed\n' });
      },
    });
    expect(choice).toEqual({ host: 'browser', reason: 'TypeError: fetch failed' });
    expect(downloads).toBe(1);
  });
});

describe('findElectronBinary', () => {
  it('finds the binary that path.txt names, and nothing when either is missing', async () => {
    expect(findElectronBinary({ electronDir: dir, env: {} })).toBeNull();
    await writeFile(join(dir, 'path.txt'), 'electron');
    expect(findElectronBinary({ electronDir: dir, env: {} })).toBeNull();
    await mkdir(join(dir, 'dist'));
    await writeFile(join(dir, 'dist', 'electron'), '');
    expect(findElectronBinary({ electronDir: dir, env: {} })).toBe(join(dir, 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as require("electron") does', async () => {
    await writeFile(join(dir, 'path.txt'), 'electron');
    await mkdir(join(dir, 'custom'));
    await writeFile(join(dir, 'custom', 'electron'), '');
    expect(findElectronBinary({ electronDir: dir, env: { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'custom') } })).toBe(join(dir, 'custom', 'electron'));
  });
});

/** A child process stand-in that prints `lines` and exits with `code` (or never exits). */
function fakeChild(lines: string[], code: number | null) {
  const child = new EventEmitter() as EventEmitter & { stdout: PassThrough; stderr: PassThrough; kill: (signal: string) => boolean };
  child.stdout = new PassThrough();
  child.stderr = new PassThrough();
  child.kill = (signal) => {
    setImmediate(() => child.emit('close', null, signal));
    return true;
  };
  setImmediate(() => {
    for (const line of lines) child.stderr.write(line);
    if (code !== null) setImmediate(() => child.emit('close', code, null));
  });
  return child as unknown as ChildProcess;
}

describe('downloadElectron', () => {
  it('runs the installer with this Node, output captured rather than printed', async () => {
    const calls: string[][] = [];
    const attempt = await downloadElectron({
      installScript: '/x/install.js',
      spawnProcess: (command, args) => {
        calls.push([command, ...args]);
        return fakeChild(['fetch failed'], 1);
      },
    });
    expect(calls).toEqual([[process.execPath, '/x/install.js']]);
    expect(attempt).toEqual({ ok: false, output: 'fetch failed' });
  });

  it('gives up after the timeout', async () => {
    const attempt = await downloadElectron({ timeoutMs: 20, spawnProcess: () => fakeChild(['still downloading'], null) });
    expect(attempt.ok).toBe(false);
    expect(attempt.output).toContain('timed out after 20 ms');
  });

  it('reports success when the installer exits 0', async () => {
    expect(await downloadElectron({ spawnProcess: () => fakeChild([], 0) })).toEqual({ ok: true, output: '' });
  });
});

describe('browser fallback', () => {
  it('reads PORT when valid, else 5180', () => {
    expect(preferredPort({ PORT: '8080' })).toBe(8080);
    expect(preferredPort({})).toBe(5180);
    expect(preferredPort({ PORT: 'abc' })).toBe(5180);
    expect(preferredPort({ PORT: '70000' })).toBe(5180);
  });

  it('takes a free port when the preferred one is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    try {
      const server = await serveWithPortFallback(serveRenderer, { root: dir, port: address.port });
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.url).not.toBe(`http://127.0.0.1:${address.port}`);
      await server.close();
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('says so in exactly one line', () => {
    const message = browserFallbackMessage('http://127.0.0.1:5180');
    expect(message).toBe('Electron is not available on this machine; Inspection Kit is running in your browser at http://127.0.0.1:5180 (Ctrl+C to stop)');
    expect(message).not.toContain('\n');
  });
});
