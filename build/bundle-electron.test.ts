import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleElectron } from './bundle-electron.mjs';

let outdir: string;
let main: string;
let preload: string;

beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), 'ik-bundle-'));
  const paths = await bundleElectron({ outdir });
  main = await readFile(paths.main, 'utf8');
  preload = await readFile(paths.preload, 'utf8');
}, 30_000);

afterAll(async () => {
  await rm(outdir, { recursive: true, force: true });
});

/** Every module name a CommonJS bundle still `require`s at run time. */
const requires = (code: string) => [...new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1] ?? ''))].sort();

describe('bundleElectron', () => {
  it('bundles the preload into one CommonJS file that requires only electron', () => {
    expect(requires(preload)).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld');
    expect(preload).toContain('"inspectionKit"');
    expect(preload).not.toMatch(/^import /m);
  });

  it('bundles main as CommonJS, leaving electron and Node built-ins external', () => {
    expect(requires(main)).toContain('electron');
    for (const name of requires(main)) expect(name === 'electron' || name.startsWith('node:'), name).toBe(true);
    expect(main).toContain('app://');
    expect(main).not.toMatch(/^import /m);
  });

  it('inlines the shared CSP rather than reading it at run time', () => {
    expect(main).toContain('default-src');
  });
});
