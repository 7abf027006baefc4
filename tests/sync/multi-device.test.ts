import fc from 'fast-check';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHq, type RunningHq } from '../../hq/app';
import { parseConfig } from '../../hq/config';
import { issueEnrollmentCode } from '../../hq/enrollment';
import { createLogger } from '../../hq/log';
import { FieldDatabase } from '../../renderer/db';
import { seedReferenceData } from '../../renderer/db/repositories/reference-data';
import { FINDINGS_ROSTER, sealedInspection, subtle } from '../../renderer/db/testing/findings-fixtures';
import { TEST_TEMPLATE } from '../../renderer/db/testing/fixtures';
import { createSyncEngine, type SyncEngine } from '../../renderer/sync/engine';
import { enroll } from '../../renderer/sync/enroll';
import type { BundleCrypto } from '../../shared/bundle';
import { testRandomBytes } from '../../shared/bundle/test-support';

/**
 * Three devices against one real HQ (embedded PostgreSQL, real HTTP) in one
 * process. Random sequences of seals, sync runs and connections cut before a
 * request or after HQ answered; then the network heals. Every sealed
 * inspection must be at HQ exactly once and every device must end "synced".
 * `npm run test:soak` runs many more sequences (SOAK=1).
 */
const SOAK = process.env['SOAK'] === '1';
const DEVICES = 3;

let root: string;
let hq: RunningHq;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ik-multi-device-'));
  chmodSync(root, 0o777);
  const config = parseConfig({ HQ_DATA_DIR: join(root, 'hq'), HQ_PORT: '0', HQ_HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  hq = await startHq(config, createLogger('silent'));
}, 120_000);

afterAll(async () => {
  await hq.close();
  rmSync(root, { recursive: true, force: true });
});

type Cut = 'before_request' | 'after_response';
type Action = { type: 'seal'; device: number } | { type: 'sync'; device: number } | { type: 'cut'; device: number; mode: Cut; after: number };

interface Device {
  readonly db: FieldDatabase;
  readonly engine: SyncEngine;
  readonly sealed: string[];
  /** The next request (after `after` more) fails this way. */
  cut: { mode: Cut; after: number } | null;
  cuts: number;
}

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ type: fc.constant('seal' as const), device: fc.nat(DEVICES - 1) }),
  fc.record({ type: fc.constant('sync' as const), device: fc.nat(DEVICES - 1) }),
  fc.record({ type: fc.constant('cut' as const), device: fc.nat(DEVICES - 1), mode: fc.constantFrom<Cut>('before_request', 'after_response'), after: fc.nat(6) }),
);

/** Always run: both kinds of cut in the middle of an upload. */
const EXAMPLE: Action[] = [
  { type: 'cut', device: 0, mode: 'after_response', after: 2 },
  { type: 'sync', device: 0 },
  { type: 'seal', device: 1 },
  { type: 'cut', device: 1, mode: 'before_request', after: 3 },
  { type: 'sync', device: 1 },
  { type: 'cut', device: 2, mode: 'after_response', after: 4 },
  { type: 'sync', device: 2 },
  { type: 'sync', device: 0 },
        ];

let run = 0;
let virtualNow = Date.parse('2026-11-23T02:00:00.000Z');

async function makeDevice(index: number): Promise<Device> {
  const db = new FieldDatabase(`multi-device-${run}-${index}`);
  await seedReferenceData(db, [TEST_TEMPLATE], FINDINGS_ROSTER);
  const device: Device = { db, engine: undefined as unknown as SyncEngine, sealed: [], cut: null, cuts: 0 };
  const flaky = async (input: string, init?: RequestInit): Promise<Response> => {
    const cut = device.cut;
    if (cut && cut.after-- <= 0) {
      device.cut = null;
      device.cuts++;
      if (cut.mode === 'before_request') throw new TypeError('fetch failed (cut before the request)');
      await fetch(input, init);
      throw new TypeError('fetch failed (cut after HQ answered)');
    }
    return fetch(input, init);
  };
  const code = await issueEnrollmentCode(hq.database.db, `Thanh tra viên ${index}`, 1);
  const enrolled = await enroll(db, subtle, fetch, { hqUrl: hq.url, code: code.display });
  if (!enrolled.ok) throw new Error(`enroll: ${enrolled.error.code}`);
  const engine = createSyncEngine({
    db,
    subtle: subtle as unknown as BundleCrypto,
    fetch: flaky,
    now: () => virtualNow,
    random: Math.random,
    randomBytes: testRandomBytes,
  });
  return Object.assign(device, { engine });
}

/** Unique ids per device: several devices never share an inspection id. */
const deviceClock = () => ({ now: () => new Date(virtualNow += 1000).toISOString(), newId: () => crypto.randomUUID() });

describe('three devices, one HQ, a flaky network', () => {
  it('ends with every sealed inspection at HQ exactly once and every device synced (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 4, maxLength: SOAK ? 30 : 10 }), async (actions) => {
        run++;
        const devices = await Promise.all(Array.from({ length: DEVICES }, (_, i) => makeDevice(i)));
        for (const device of devices) device.sealed.push((await sealedInspection(device.db, deviceClock())).inspectionId);
        for (const step of actions) {
          const device = devices[step.device] as Device;
          if (step.type === 'seal') device.sealed.push((await sealedInspection(device.db, deviceClock())).inspectionId);
          else if (step.type === 'cut') device.cut = { mode: step.mode, after: step.after };
          else {
            virtualNow += 3_600_000; // past any backoff
            await device.engine.runOnce();
          }
        }
        // The network heals; each device keeps trying until its outbox is empty.
        for (const device of devices) {
          device.cut = null;
          for (let attempt = 0; attempt < 4; attempt++) {
            virtualNow += 3_600_000;
            const summary = await device.engine.runOnce();
            if (summary.retrying === 0 && summary.rejected === 0) break;
          }
        }

        const ids = devices.flatMap((d) => d.sealed);
        const atHq = await hq.database.db.query<{ id: string; n: string }>(
          `SELECT inspection_id AS id, count(*) AS n FROM bundles WHERE kind = 'inspection' AND inspection_id = ANY($1) GROUP BY inspection_id`,
          [ids],
        );
        expect(atHq.rows.map((r) => r.id).sort()).toEqual([...ids].sort());
        expect(atHq.rows.every((r) => r.n === '1')).toBe(true);
        const stored = await hq.database.db.query<{ n: string }>('SELECT count(*) AS n FROM inspections WHERE id = ANY($1)', [ids]);
        expect(Number(stored.rows[0]?.n)).toBe(ids.length);
        if (JSON.stringify(actions) === JSON.stringify(EXAMPLE)) {
          expect(devices.reduce((n, d) => n + d.cuts, 0), 'cuts actually happened').toBeGreaterThan(0);
        }
        for (const device of devices) {
          const outbox = await device.db.outbox.toArray();
          expect(outbox.map((e) => e.state)).toEqual(outbox.map(() => 'synced'));
          const statuses = await device.db.inspections.bulkGet(device.sealed);
          expect(statuses.map((i) => i?.status)).toEqual(device.sealed.map(() => 'synced'));
          expect(await device.db.bundleParts.count()).toBe(0);
          device.db.close();
        }
      }),
      {
        numRuns: SOAK ? 40 : 4,
        // Always at least one sequence with both kinds of cut mid-upload.
        examples: [[EXAMPLE]],
      },
    );
  }, SOAK ? 1_800_000 : 180_000);
});
