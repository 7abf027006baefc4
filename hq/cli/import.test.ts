import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDevice } from '../../shared/bundle/test-support';
import { inspectionBundle } from '../test-bundles';
import { enrolDevice, ikbOf, rowCounts, startTestHq, tempDataDir, uploadBundle, type TestHq } from '../test-support';
import { runCli } from './run';

let hq: TestHq;
let folder: string;

beforeAll(async () => {
  hq = await startTestHq();
  folder = await tempDataDir('ikhq-import-');
}, 60_000);
afterAll(async () => {
  await hq.stop();
  await rm(folder, { recursive: true, force: true });
});

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** `hq import` in-process, against the running test HQ (it attaches to the same embedded PostgreSQL). */
async function runImport(...paths: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const [stdout, stderr] = [capture(), capture()];
  const code = await runCli(['import', ...paths], { env: { HQ_DATA_DIR: hq.dataDir, LOG_LEVEL: 'silent' }, cwd: folder, stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('hq import', () => {
  it('imports a folder (recursively) once, reporting duplicates and each rejection with its reason', async () => {
    const device = await enrolDevice(hq);
    const good = await inspectionBundle(device, hq.keys.public, { evidence: [new Uint8Array([1, 2, 3])] });
    const alreadySynced = await inspectionBundle(device, hq.keys.public);
    expect((await uploadBundle(hq.server, device, alreadySynced)).statusCode).toBe(201);
    const tampered = ikbOf(await inspectionBundle(device, hq.keys.public));
    tampered[tampered.length - 30] = (tampered[tampered.length - 30] ?? 0) ^ 0x01;
    const stranger = await inspectionBundle(await makeDevice('0d9a4b7e-0000-4000-8000-000000000000'), hq.keys.public);

    await mkdir(join(folder, 'usb', 'day2'), { recursive: true });
    await writeFile(join(folder, 'usb', 'good.ikb'), ikbOf(good));
    await writeFile(join(folder, 'usb', 'day2', 'synced.ikb'), ikbOf(alreadySynced));
    await writeFile(join(folder, 'usb', 'day2', 'tampered.ikb'), tampered);
    await writeFile(join(folder, 'usb', 'stranger.ikb'), ikbOf(stranger));
    await writeFile(join(folder, 'usb', 'notes.txt'), 'not a bundle');

    const before = await rowCounts(hq);
    const first = await runImport('usb');
    expect(first.code).toBe(2);
    const lines = first.stdout.trim().split('\n');
    expect(lines[0]).toBe('imported 1, duplicate 1, rejected 2');
    // The flipped byte sits in the container's directory; whether it lands on an entry name depends on the random bundle.
    const [tamperedLine, strangerLine] = lines.slice(1).sort();
    expect(tamperedLine).toMatch(new RegExp(`^  ${join(folder, 'usb', 'day2', 'tampered.ikb')}: (malformed_container|bad_entry_name)$`));
    expect(strangerLine).toBe(`  ${join(folder, 'usb', 'stranger.ikb')}: unknown_device`);
    // Not a terminal: one plain progress line per file, on stderr.
    expect(first.stderr.trim().split('\n')).toHaveLength(4);
    expect(first.stderr).toContain('imported: ');

    const after = await rowCounts(hq);
    expect(after.bundles - before.bundles).toBe(1);
    expect(after.inspections - before.inspections).toBe(1);
    const source = await hq.database.db.query('SELECT source FROM bundles WHERE id = $1', [good.manifest.bundleId]);
    expect(source.rows).toEqual([{ source: 'import' }]);

    const second = await runImport('usb');
    expect(second.stdout.split('\n')[0]).toBe('imported 0, duplicate 2, rejected 2');
    expect(await rowCounts(hq)).toEqual(after);

    const clean = await runImport(join('usb', 'good.ikb'), join('usb', 'day2', 'synced.ikb'));
    expect([clean.code, clean.stdout.trim()]).toEqual([0, 'imported 0, duplicate 2, rejected 0']);
  });

  it('stores twins in one batch once, and a batch with more than one transaction worth of files', async () => {
    const device = await enrolDevice(hq);
    const twin = await inspectionBundle(device, hq.keys.public);
    // Another bundle for the same inspection: only one of them may be stored.
    const rival = await inspectionBundle(device, hq.keys.public, { inspectionId: twin.manifest.inspectionId });
    const many = await Promise.all(Array.from({ length: 70 }, () => inspectionBundle(device, hq.keys.public)));
    await mkdir(join(folder, 'twins'), { recursive: true });
    await writeFile(join(folder, 'twins', 'a.ikb'), ikbOf(twin));
    await writeFile(join(folder, 'twins', 'b.ikb'), ikbOf(twin));
    await writeFile(join(folder, 'twins', 'c.ikb'), ikbOf(rival));
    await Promise.all(many.map((bundle, i) => writeFile(join(folder, 'twins', `m${String(i).padStart(3, '0')}.ikb`), ikbOf(bundle))));
    const before = await rowCounts(hq);
    const result = await runImport('twins');
    expect(result.stdout.split('\n')[0]).toBe('imported 71, duplicate 1, rejected 1');
    expect(result.stdout).toContain(`${join(folder, 'twins', 'c.ikb')}: conflict`);
    const after = await rowCounts(hq);
    expect(after.inspections - before.inspections).toBe(71);
    expect(after.bundles - before.bundles).toBe(71);
  });

  it('rejects paths that do not exist', async () => {
    const result = await runImport('nowhere');
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`${join(folder, 'nowhere')}: not_found`);
  });
});

describe('the command line', () => {
  it('prints usage for --help (0) and for an unknown command (64); bad config exits 78', async () => {
    const out = capture();
    const err = capture();
    const io = { env: { HQ_DATA_DIR: hq.dataDir }, cwd: folder, stdout: out.stream, stderr: err.stream };
    expect(await runCli(['--help'], io)).toBe(0);
    expect(out.text()).toContain('enroll-code --inspector');
    expect(await runCli(['frobnicate'], io)).toBe(64);
    expect(err.text()).toContain('Unknown command: frobnicate');
    expect(await runCli(['enroll-code'], io)).toBe(64);
    expect(await runCli(['keys'], { ...io, env: { HQ_PORT: 'many' } })).toBe(78);
    expect(err.text()).toMatch(/HQ_PORT/);
  });

  it('issues an enrollment code beside the running HQ and prints the public keys', async () => {
    const out = capture();
    const io = { env: { HQ_DATA_DIR: hq.dataDir, LOG_LEVEL: 'silent' }, cwd: folder, stdout: out.stream, stderr: capture().stream };
    expect(await runCli(['enroll-code', '--inspector', 'Nguyễn Văn A', '--ttl-hours', '2'], io)).toBe(0);
    const code = /\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\b/.exec(out.text())?.[1];
    expect(code).toBeDefined();
    expect(await runCli(['keys'], io)).toBe(0);
    expect(out.text()).toContain(hq.keys.public.signingPublicKey);
    const res = await hq.server.inject({ method: 'POST', url: '/v1/enrollments', payload: { code, publicKey: (await makeDevice()).key.publicKeyRaw } });
    expect(res.statusCode).toBe(201);
  });
});
