import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { TRAINING_OFFICE_PREFIX } from '../shared/training/training-office';
import { runCli } from './cli/run';
import { inspectionBundle } from './test-bundles';
import { enrolDevice, ikbOf, putBundle, rowCounts, startTestHq, tempDataDir, uploadBundle, type EnrolledDevice, type TestHq } from './test-support';

/**
 * Issue 7: a rehearsal record never reaches HQ's tables. The encoder already
 * refuses one (shared/bundle/encode.ts); these bundles play an old or altered
 * device that sent one anyway, over HTTP and on a USB stick.
 */
let hq: TestHq;
let device: EnrolledDevice;
let folder: string;
const TRAINING = `${TRAINING_OFFICE_PREFIX}HN-01`;

beforeAll(async () => {
  hq = await startTestHq();
  device = await enrolDevice(hq);
  folder = await tempDataDir('ikhq-training-');
}, 60_000);
afterAll(async () => {
  await hq.stop();
  await rm(folder, { recursive: true, force: true });
});

const codeOf = (res: LightMyRequestResponse) => res.json<{ error: { code: string } }>().error.code;

describe('HQ refuses training bundles', () => {
  it('answers 422 training_record to a training manifest before any part is staged, storing nothing', async () => {
    const bundle = await inspectionBundle(device, hq.keys.public, { officeCode: TRAINING, evidence: [new Uint8Array([1, 2, 3])] });
    const before = await rowCounts(hq);
    const res = await putBundle(hq.server, device, bundle, bundle.manifest.bundleId);
    expect([res.statusCode, codeOf(res)]).toEqual([422, 'training_record']);
    expect(await rowCounts(hq)).toEqual(before);
  });

  it('refuses it with every part uploaded too, and a record whose office snapshot alone is a training office', async () => {
    const wholeTraining = await inspectionBundle(device, hq.keys.public, { officeCode: TRAINING, evidence: [new Uint8Array([4, 5, 6])] });
    const officeOnly = await inspectionBundle(device, hq.keys.public, { officeCode: 'DEMO-HN-01', recordOfficeCode: TRAINING });
    const before = await rowCounts(hq);
    for (const bundle of [wholeTraining, officeOnly]) {
      const res = await uploadBundle(hq.server, device, bundle);
      expect([res.statusCode, codeOf(res)]).toEqual([422, 'training_record']);
    }
    // Only their uploaded parts sit in staging (swept later); no bundle, inspection, finding or evidence row.
    const after = await rowCounts(hq);
    expect({ ...after, staged_parts: 0 }).toEqual({ ...before, staged_parts: 0 });
  });

  it('rejects training .ikb files in `hq import` with the reason, and imports the real one beside them', async () => {
    const real = await inspectionBundle(device, hq.keys.public);
    await writeFile(join(folder, 'real.ikb'), ikbOf(real));
    await writeFile(join(folder, 'training.ikb'), ikbOf(await inspectionBundle(device, hq.keys.public, { officeCode: TRAINING })));
    await writeFile(join(folder, 'office.ikb'), ikbOf(await inspectionBundle(device, hq.keys.public, { recordOfficeCode: TRAINING })));
    const before = await rowCounts(hq);

    const stdout = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const code = await runCli(['import', folder], { env: { HQ_DATA_DIR: hq.dataDir, LOG_LEVEL: 'silent' }, cwd: folder, stdout, stderr: new PassThrough() });

    const lines = Buffer.concat(chunks).toString('utf8').trim().split('\n');
    expect(code).toBe(2);
    expect(lines[0]).toBe('imported 1, duplicate 0, rejected 2');
    expect(lines.slice(1).sort()).toEqual([`  ${join(folder, 'office.ikb')}: training_record`, `  ${join(folder, 'training.ikb')}: training_record`]);
    const after = await rowCounts(hq);
    expect(after).toEqual({ ...before, bundles: before.bundles + 1, bundle_parts: before.bundle_parts + 1, inspections: before.inspections + 1, findings: before.findings + 2 });
  });
});
