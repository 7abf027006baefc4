import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileErrorCode, writeFileAtomically } from './atomic-write';
import { fullDiskFs as fullDisk } from './full-disk.fake';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ik-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomically', () => {
  it('writes the whole file and leaves nothing else behind', async () => {
    const target = join(dir, 'bundle.ikb');
    await writeFileAtomically(target, new Uint8Array([1, 2, 3, 4]));
    expect([...(await readFile(target))]).toEqual([1, 2, 3, 4]);
    expect(await readdir(dir)).toEqual(['bundle.ikb']);
  });

  it('on a full disk throws ENOSPC, leaves no partial file and keeps the old one intact', async () => {
    const target = join(dir, 'bundle.ikb');
    await writeFile(target, 'previous version');
    await expect(writeFileAtomically(target, new Uint8Array(1024).fill(7), fullDisk)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readdir(dir)).toEqual(['bundle.ikb']);
    expect(await readFile(target, 'utf8')).toBe('previous version');
  });

  it('on a full disk with no previous file leaves the folder empty', async () => {
    await expect(writeFileAtomically(join(dir, 'new.ikb'), new Uint8Array(64), fullDisk)).rejects.toThrow('ENOSPC');
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('fileErrorCode', () => {
  it('maps ENOSPC and EDQUOT to disk_full, the rest to io_failed with the errno kept', () => {
    expect(fileErrorCode(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toEqual({ code: 'disk_full', errno: 'ENOSPC' });
    expect(fileErrorCode(Object.assign(new Error('x'), { code: 'EDQUOT' }))).toEqual({ code: 'disk_full', errno: 'EDQUOT' });
    expect(fileErrorCode(Object.assign(new Error('x'), { code: 'EACCES' }))).toEqual({ code: 'io_failed', errno: 'EACCES' });
    expect(fileErrorCode('boom')).toEqual({ code: 'io_failed', errno: 'UNKNOWN' });
  });
});
