/**
 * Tests only: a real HQ on its own embedded PostgreSQL in a temp dir, and
 * helpers to enrol devices and upload bundles through the HTTP API.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { packIkb, type EncodedBundle } from '../shared/bundle/index';
import { makeDevice, type TestDevice } from '../shared/bundle/test-support';
import { encodeBase64url } from '../shared/seal/base64url';
import { startHq, type RunningHq } from './app';
import { parseConfig } from './config';
import { issueEnrollmentCode } from './enrollment';
import { createLogger } from './log';

/** PostgreSQL runs as `postgres` when we are root: it must be able to enter the temp dir. */
export async function tempDataDir(prefix = 'ikhq-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await chmod(dir, 0o777);
  return dir;
}

export const silentLog = () => createLogger(process.env.HQ_TEST_LOG ?? 'silent');

export interface TestHq extends RunningHq {
  readonly dataDir: string;
  /** Stops HQ and PostgreSQL, then removes the data dir. */
  stop(): Promise<void>;
}

export async function startTestHq(env: Record<string, string> = {}): Promise<TestHq> {
  const dataDir = await tempDataDir();
  const config = parseConfig({ HQ_PORT: '0', HQ_DATA_DIR: dataDir, ...env });
  const hq = await startHq(config, silentLog());
  return {
    ...hq,
    dataDir,
    stop: async () => {
      await hq.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface EnrolledDevice extends TestDevice {
  readonly token: string;
}

export async function enrolDevice(hq: RunningHq, inspector = 'Nguyễn Văn A'): Promise<EnrolledDevice> {
  const { display } = await issueEnrollmentCode(hq.database.db, inspector, 1);
  const device = await makeDevice();
  const res = await hq.server.inject({ method: 'POST', url: '/v1/enrollments', payload: { code: display, publicKey: device.key.publicKeyRaw } });
  if (res.statusCode !== 201) throw new Error(`enrolment failed: ${res.statusCode} ${res.body}`);
  const body = res.json<{ deviceId: string; token: string }>();
  return { deviceId: body.deviceId, key: device.key, token: body.token };
}

export const auth = (device: { token: string }) => ({ authorization: `Bearer ${device.token}` });

export function putPart(server: FastifyInstance, device: { token: string }, sha256: string, bytes: Uint8Array): Promise<LightMyRequestResponse> {
  return server.inject({
    method: 'PUT',
    url: `/v1/blobs/${sha256}`,
    headers: { ...auth(device), 'content-type': 'application/octet-stream' },
    payload: Buffer.from(bytes),
  });
}

export function putBundle(
  server: FastifyInstance,
  device: { token: string },
  bundle: Pick<EncodedBundle, 'manifestBytes' | 'signature'>,
  bundleId: string,
): Promise<LightMyRequestResponse> {
  return server.inject({
    method: 'PUT',
    url: `/v1/bundles/${bundleId}`,
    headers: auth(device),
    payload: { manifest: encodeBase64url(bundle.manifestBytes), signature: encodeBase64url(bundle.signature) },
  });
}

/** Every part, then the manifest: the device's upload in one go. */
export async function uploadBundle(server: FastifyInstance, device: { token: string }, bundle: EncodedBundle): Promise<LightMyRequestResponse> {
  for (const [sha, bytes] of bundle.parts) {
    const res = await putPart(server, device, sha, bytes);
    if (res.statusCode >= 300) throw new Error(`part upload failed: ${res.statusCode} ${res.body}`);
  }
  return putBundle(server, device, bundle, bundle.manifest.bundleId);
}

export const ikbOf = (bundle: EncodedBundle): Uint8Array =>
  packIkb({ manifestBytes: bundle.manifestBytes, signature: bundle.signature, parts: bundle.parts });

const TABLES = ['devices', 'enrollment_codes', 'staged_parts', 'bundles', 'bundle_parts', 'inspections', 'findings', 'evidence', 'addenda', 'published', 'decisions'] as const;

/** Row count of every table: "nothing stored" is this, unchanged. */
export async function rowCounts(hq: RunningHq): Promise<Record<(typeof TABLES)[number], number>> {
  const counts = Object.fromEntries(TABLES.map((table) => [table, 0])) as Record<(typeof TABLES)[number], number>;
  for (const table of TABLES) {
    const { rows } = await hq.database.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    counts[table] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}

/** The id of an inspection's first finding, for tests that attach decisions. */
export async function inspectionOf(hq: RunningHq, inspectionId: string): Promise<string> {
  const { rows } = await hq.database.db.query<{ id: string }>('SELECT id FROM findings WHERE inspection_id = $1 ORDER BY id LIMIT 1', [inspectionId]);
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('no finding');
  return id;
}

/** Every route of a server as `METHOD /path`, from Fastify's own route tree (HEAD mirrors GET and is left out). */
export function serverRoutes(server: FastifyInstance): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of server.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^((?:│ {3}| {4})*)[├└]── (\S+)(?: \(([^)]+)\))?$/.exec(line);
    if (match === null) continue;
    stack.length = (match[1]?.length ?? 0) / 4;
    stack.push(match[2] ?? '');
    const path = stack.join('');
    for (const method of (match[3] ?? '').split(', ').filter((m) => m !== '' && m !== 'HEAD')) routes.push(`${method} ${path}`);
  }
  return routes;
}
