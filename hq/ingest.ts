import {
  DEFAULT_LIMITS,
  type BundleManifest,
  openBundle,
  parseJson,
  signReceipt,
  verifyManifest,
  type BundleLimits,
  type BundleRejection,
  type SignedReceipt,
} from '../shared/bundle/index';
import { fail, ok, type Result } from '../shared/result';
import { encodeBase64url } from '../shared/seal/base64url';
import { isTrainingOfficeCode, recordNamesTrainingOffice } from '../shared/training/training-office';
import { deviceKey, findBundle, insertBundle, missingStagedParts, PartsVanished, precheck, readStagedPart, type NewBundle, type Precheck, type StoredBundle } from './bundle-store';
import { hqCrypto } from './crypto';
import { isUniqueViolation, withTransaction, type Db, type DbClient } from './db/pool';
import type { HqKeys } from './keys';
import { recordRows } from './record-rows';
import { sha256Hex } from './tokens';

/** Codec rejections plus what only HQ can tell: placement and who is asking. */
export type IngestRejection = BundleRejection | 'conflict' | 'device_mismatch' | 'unknown_inspection' | 'training_record';

export type IngestOutcome =
  | { readonly status: 'imported' | 'duplicate'; readonly receipt: SignedReceipt }
  /** HTTP only: some parts have not been uploaded yet; nothing was stored. */
  | { readonly status: 'incomplete'; readonly missing: readonly string[] };

export interface IngestInput {
  readonly manifestBytes: Uint8Array;
  readonly signature: Uint8Array;
  readonly source: 'http' | 'import';
  /** In-memory parts (an `.ikb`); when absent, parts are read from staged_parts (HTTP upload). */
  readonly parts?: ReadonlyMap<string, Uint8Array>;
  /** The authenticated device (HTTP); the manifest must name it. */
  readonly deviceId?: string;
  /** The id in the URL (HTTP); the manifest must carry it. */
  readonly bundleId?: string;
}

export interface IngestContext {
  readonly db: Db;
  readonly keys: HqKeys;
  readonly limits?: BundleLimits;
}

const FOREIGN_KEY_VIOLATION = '23503';
/** SQLSTATE 22P05: PostgreSQL jsonb cannot hold U+0000, which JSON allows. */
const UNTRANSLATABLE_CHARACTER = '22P05';

interface Claimed {
  bundleId?: string;
  deviceId?: string;
  inspectionId?: string;
  addendumNumber?: number;
}

/** The ids the unverified manifest claims, to look things up in one query; verifyManifest judges the rest. */
function peek(manifestBytes: Uint8Array): Claimed {
  const json = parseJson(manifestBytes);
  if (typeof json !== 'object' || json === null) return {};
  const { bundleId, deviceId, inspectionId, addendumNumber } = json as Record<string, unknown>;
  return {
    ...(typeof bundleId === 'string' ? { bundleId } : {}),
    ...(typeof deviceId === 'string' ? { deviceId } : {}),
    ...(typeof inspectionId === 'string' ? { inspectionId } : {}),
    ...(typeof addendumNumber === 'number' ? { addendumNumber } : {}),
  };
}

/** Same id and same manifest → the stored receipt again; same id, other manifest → conflict. */
function answerFrom(stored: StoredBundle | undefined, manifestSha256: string): Result<IngestOutcome, IngestRejection> | undefined {
  if (stored === undefined) return undefined;
  return stored.manifestSha256 === manifestSha256 ? ok({ status: 'duplicate', receipt: stored.receipt }) : fail('conflict');
}

async function earlierCopy(db: Db | DbClient, bundleId: string, manifestSha256: string): Promise<Result<IngestOutcome, IngestRejection> | undefined> {
  return answerFrom(await findBundle(db, bundleId), manifestSha256);
}

/** Why a verified bundle cannot sit beside what is stored (checked again by unique keys when storing). */
function placement(manifest: BundleManifest, pre: Precheck): 'conflict' | 'unknown_inspection' | 'manifest_mismatch' | undefined {
  if (manifest.kind === 'inspection') return pre.hasInspection ? 'conflict' : undefined;
  if (pre.inspection === undefined) return 'unknown_inspection';
  // An addendum's record names no office or template, so its manifest's are bound here: the device copies them
  // from the inspection (renderer/sync/encode-entry.ts). Found by the bundle mutation soak (issue 8).
  const { officeCode, templateId, templateVersion } = pre.inspection;
  if (officeCode !== manifest.officeCode || templateId !== manifest.template.id || templateVersion !== manifest.template.version) return 'manifest_mismatch';
  return pre.hasAddendum ? 'conflict' : undefined;
}

async function incomplete(db: Db | DbClient, shas: readonly string[]): Promise<Result<IngestOutcome, IngestRejection>> {
  return ok({ status: 'incomplete', missing: await missingStagedParts(db, shas) });
}

/** A bundle verified and ready to store, or the answer already (duplicate, rejection, incomplete). */
type Prepared =
  | { readonly answer: Result<IngestOutcome, IngestRejection> }
  | { readonly bundle: NewBundle; readonly receipt: SignedReceipt; readonly shas: readonly string[] };

/** Everything before storing: limits, idempotency, signature, placement, parts, decryption, seal, receipt. */
async function prepare(ctx: IngestContext, input: IngestInput): Promise<Prepared> {
  const { db, keys } = ctx;
  const answer = (result: Result<IngestOutcome, IngestRejection>): Prepared => ({ answer: result });
  const limits = ctx.limits ?? DEFAULT_LIMITS;
  if (input.manifestBytes.length > limits.maxManifestBytes) return answer(fail('too_large', 'manifest'));
  const claimed = peek(input.manifestBytes);
  if (input.bundleId !== undefined && claimed.bundleId !== input.bundleId) return answer(fail('manifest_mismatch', 'bundleId'));
  const manifestSha256 = sha256Hex(input.manifestBytes);
  let pre = await precheck(db, claimed);
  const earlier = answerFrom(pre.earlier, manifestSha256);
  if (earlier !== undefined) return answer(earlier);
  if (input.deviceId !== undefined && claimed.deviceId !== input.deviceId) return answer(fail('device_mismatch'));

  let devicePublicKey: string | undefined;
  const resolveDevice = async (deviceId: string): Promise<string | undefined> => {
    // The verified manifest is the peeked one, so this is the prefetched key; the query is only a safety net.
    devicePublicKey = deviceId === claimed.deviceId ? pre.deviceKey : await deviceKey(db, deviceId);
    return devicePublicKey;
  };
  const verified = await verifyManifest(hqCrypto, input.manifestBytes, input.signature, resolveDevice, limits);
  if (!verified.ok) return answer(verified);
  const manifest = verified.value;
  // Rehearsals never reach HQ (issue 7): refused before any part is read, whatever device sent it.
  if (isTrainingOfficeCode(manifest.officeCode)) return answer(fail('training_record', 'manifest'));
  const shas = [manifest.payload.sha256, ...manifest.blobs.map((b) => b.sha256)];

  const parts = input.parts;
  if (parts === undefined) {
    const missing = await missingStagedParts(db, shas);
    // A concurrent upload of this very bundle may have just committed (and taken its parts out of staging).
    if (missing.length > 0) return answer((await earlierCopy(db, manifest.bundleId, manifestSha256)) ?? ok({ status: 'incomplete', missing }));
  } else {
    const expected = new Set(shas);
    const unexpected = [...parts.keys()].find((sha) => !expected.has(sha));
    if (unexpected !== undefined) return answer(fail('unexpected_part', unexpected));
  }
  if (manifest.inspectionId !== claimed.inspectionId || manifest.addendumNumber !== claimed.addendumNumber) pre = await precheck(db, manifest);
  const misplaced = placement(manifest, pre);
  if (misplaced !== undefined) return answer(fail(misplaced));

  const getPart = parts === undefined ? (sha: string) => readStagedPart(db, sha) : (sha: string) => parts.get(sha);
  const opened = await openBundle(hqCrypto, { privateKey: keys.encryptionPrivateKey, keyId: keys.public.encryptionKeyId }, manifest, devicePublicKey ?? '', getPart);
  if (!opened.ok) {
    // Staged parts vanish when a concurrent upload of the same bundle commits (or the sweep runs).
    if (opened.error.code === 'missing_part' && parts === undefined) return answer((await earlierCopy(db, manifest.bundleId, manifestSha256)) ?? (await incomplete(db, shas)));
    return answer(opened);
  }
  // The manifest's office agrees with the record's inspection (openBundle checks it); the office itself is checked here.
  if (recordNamesTrainingOffice(opened.value.record)) return answer(fail('training_record', 'record'));
  const rows = recordRows(opened.value);
  if (!rows.ok) return answer(rows);

  const receipt = await signReceipt(hqCrypto, keys.signingPrivateKey, {
    bundleId: manifest.bundleId,
    manifestSha256,
    inspectionId: manifest.inspectionId,
    kind: manifest.kind,
    deviceId: manifest.deviceId,
    receivedAt: new Date().toISOString(),
  });
  const bundle: NewBundle = {
    manifest,
    manifestBytes: input.manifestBytes,
    manifestSha256,
    signature: encodeBase64url(input.signature),
    source: input.source,
    receipt,
    record: opened.value.record,
    rows: rows.value,
    ...(parts === undefined ? {} : { parts }),
  };
  return { bundle, receipt, shas };
}

type Ready = Extract<Prepared, { bundle: NewBundle }>;

/** What a failed insert means: a concurrent twin won, parts vanished, or the data cannot be stored. */
async function storeFailure(db: Db | DbClient, ready: Ready, error: unknown): Promise<Result<IngestOutcome, IngestRejection>> {
  const { manifest, manifestSha256 } = ready.bundle;
  // A concurrent upload of the same bundle (or another for the same inspection) committed first.
  if (isUniqueViolation(error)) return (await earlierCopy(db, manifest.bundleId, manifestSha256)) ?? fail('conflict');
  if (error instanceof PartsVanished) return (await earlierCopy(db, manifest.bundleId, manifestSha256)) ?? incomplete(db, ready.shas);
  // An addendum whose inspection was not there after all (the pre-check raced a delete).
  if ((error as { code?: unknown }).code === FOREIGN_KEY_VIOLATION) return fail('unknown_inspection');
  if ((error as { code?: unknown }).code === UNTRANSLATABLE_CHARACTER) return fail('malformed_payload', 'NUL character');
  throw error;
}

/** Stores one prepared bundle; what a failed insert means is `storeFailure`'s to say. */
async function storeOne(db: Db, ready: Ready): Promise<Result<IngestOutcome, IngestRejection>> {
  try {
    // In-memory parts cannot vanish: the one statement is its own transaction.
    if (ready.bundle.parts === undefined) await withTransaction(db, (client) => insertBundle(client, ready.bundle));
    else await insertBundle(db, ready.bundle);
  } catch (error) {
    return storeFailure(db, ready, error);
  }
  return ok({ status: 'imported', receipt: ready.receipt });
}

/**
 * The one path every bundle takes into HQ, over HTTP or from a file: verify
 * everything in memory first, then store it all in one transaction — or
 * nothing. Idempotent: the same bundle again gets the same receipt.
 */
export async function ingestBundle(ctx: IngestContext, input: IngestInput): Promise<Result<IngestOutcome, IngestRejection>> {
  const prepared = await prepare(ctx, input);
  return 'answer' in prepared ? prepared.answer : storeOne(ctx.db, prepared);
}

/** How many bundles of a batch are verified at once: crypto and database queries overlap. */
const PREPARE_IN_FLIGHT = 8;

/** Bundles with their parts in memory, verified: some answered already, the rest ready to store. */
export interface PreparedBatch {
  readonly items: readonly Prepared[];
}

/** Step one of a batch (`hq import`): verify each bundle exactly as `ingestBundle` does. */
export async function prepareBatch(ctx: IngestContext, inputs: readonly IngestInput[]): Promise<PreparedBatch> {
  const items = new Array<Prepared>(inputs.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < inputs.length) {
      const index = next++;
      const input = inputs[index] as IngestInput;
      if (input.parts === undefined) throw new TypeError('a batch takes bundles with their parts');
      items[index] = await prepare(ctx, input);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PREPARE_IN_FLIGHT, inputs.length) }, lane));
  return { items };
}

/**
 * Step two: store every ready bundle in one transaction, so one commit (one
 * disk flush) serves the batch. If any insert fails — a twin inside the batch,
 * a concurrent upload — the batch rolls back whole and each bundle is stored on
 * its own instead, where a refusal touches nobody else. Answers in input order.
 */
export async function storeBatch(ctx: IngestContext, batch: PreparedBatch): Promise<Result<IngestOutcome, IngestRejection>[]> {
  const ready = batch.items.filter((item): item is Ready => !('answer' in item));
  try {
    if (ready.length > 0) {
      await withTransaction(ctx.db, async (client) => {
        for (const item of ready) await insertBundle(client, item.bundle);
      });
    }
    return batch.items.map((item) => ('answer' in item ? item.answer : ok({ status: 'imported', receipt: item.receipt })));
  } catch {
    const answers: Result<IngestOutcome, IngestRejection>[] = [];
    for (const item of batch.items) answers.push('answer' in item ? item.answer : await storeOne(ctx.db, item));
    return answers;
  }
}

/** Both steps, for callers that do not overlap batches. */
export async function ingestBatch(ctx: IngestContext, inputs: readonly IngestInput[]): Promise<Result<IngestOutcome, IngestRejection>[]> {
  return storeBatch(ctx, await prepareBatch(ctx, inputs));
}
