import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('..', import.meta.url));
let project: string;

/** A throwaway copy of the project layout start.mjs expects, with a stub renderer build. */
beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'ik-start-'));
  await mkdir(join(project, 'build'));
  for (const file of ['start.mjs', 'launcher.mjs', 'serve-renderer.mjs']) await copyFile(join(repo, 'build', file), join(project, 'build', file));
  await mkdir(join(project, 'shared', 'security'), { recursive: true });
  for (const file of ['csp.json', 'renderer-files.mjs']) await copyFile(join(repo, 'shared', 'security', file), join(project, 'shared', 'security', file));
  await symlink(join(repo, 'node_modules'), join(project, 'node_modules'), 'dir');
  await mkdir(join(project, 'dist', 'renderer'), { recursive: true });
  await writeFile(join(project, 'dist', 'renderer', 'index.html'), '<!doctype html><title>stub</title>');
  await mkdir(join(project, 'no-electron'));
});

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  const probe = createServer();
  return new Promise((resolve, reject) => {
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

describe('npm start without Electron', () => {
  it('after a failed download serves the renderer, prints one line and stops cleanly on SIGINT', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [join(project, 'build', 'start.mjs')], {
      cwd: project,
      env: {
        ...process.env,
        PORT: String(port),
        // No binary, an unreachable mirror and an empty cache: the download fails fast
        // and cannot touch the real node_modules/electron, even on a laptop that has it.
        ELECTRON_OVERRIDE_DIST_PATH: join(project, 'no-electron'),
        ELECTRON_MIRROR: 'http://127.0.0.1:1/',
        electron_config_cache: join(project, 'no-electron'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const firstLine = new Promise<string>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('\n')) resolve(stdout);
      });
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    const line = await firstLine;
    expect(line).toBe(`Electron is not available on this machine; Inspection Kit is running in your browser at http://127.0.0.1:${port} (Ctrl+C to stop)\n`);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(await page.text()).toContain('<title>stub</title>');

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stdout).toBe(line);
    expect(stderr).toBe('');
  }, 90_000);
});
