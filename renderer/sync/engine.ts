import { parseJson, verifyReceipt, type BundleCrypto, type BundleManifest } from '../../shared/bundle/index';
import { encodeBase64url } from '../../shared/seal/base64url';
import type { FieldDatabase, OutboxEntry, StoredBundleManifest } from '../db';
import { readEnrollment, type Enrollment } from '../db/repositories/enrollment';
import {
  bundlePart,
  dueOutboxEntries,
  markBundleSynced,
  markUploading,
  recordTransientFailure,
  rejectOutboxEntry,
} from '../db/repositories/outbox';
import { backoffDelay } from './backoff';
import { ensureEncoded } from './encode-entry';
import { createHqClient, type Fetch, type HqClient, type HqFailure } from './hq-client';
import { pullFromHq, type PullSummary } from './pull';

export interface SyncEngineDeps {
  readonly db: FieldDatabase;
  readonly subtle: BundleCrypto;
  readonly fetch: Fetch;
  /** Epoch milliseconds. */
  readonly now: () => number;
  /** Uniform in [0, 1): the backoff jitter. */
  readonly random: () => number;
  readonly randomBytes: (n: number) => Uint8Array;
  /** Parts of the bundle in flight that HQ now has, out of all its parts; for the progress shown. */
  readonly onProgress?: (progress: UploadProgress) => void;
}

export interface UploadProgress {
  readonly bundleId: string;
  readonly sentBytes: number;
  readonly totalBytes: number;
}

export interface SyncRunSummary {
  /** `unreachable`: the health check failed; `auth_failed`: HQ refused this device (401/403). */
  readonly outcome: 'not_enrolled' | 'unreachable' | 'auth_failed' | 'completed';
  readonly errorCode?: string;
  readonly attempted: number;
  readonly synced: number;
  readonly retrying: number;
  readonly rejected: number;
}

/** Each part's size, from the manifest we signed (sizes of ciphertext, as sent). */
function partSizes(manifestBytes: Uint8Array): Map<string, number> {
  // The manifest this device signed and stored: well-formed by construction.
  const manifest = parseJson(manifestBytes) as Pick<BundleManifest, 'payload' | 'blobs'>;
  return new Map([manifest.payload, ...manifest.blobs].map((part) => [part.sha256, part.size]));
}

type EntryOutcome = { readonly result: 'synced' } | { readonly result: 'failed'; readonly failure: HqFailure };

/** How many times one run asks HQ for the bundle before leaving it to the next run. */
const MAX_PUT_ROUNDS = 3;

/**
 * The device's sync, step by step and resumable: every step's result is in
 * Dexie before the next begins, so a new engine (after a crash, a reload, or
 * in another tab) carries on from there. No DOM, no globals: tests drive it
 * in-process with fake-indexeddb against an HQ double or the real HQ.
 */
export function createSyncEngine(deps: SyncEngineDeps) {
  const { db, subtle, now } = deps;
  const iso = () => new Date(now()).toISOString();

  async function settle(entry: OutboxEntry, failure: HqFailure): Promise<void> {
    if (failure.kind === 'permanent') {
      await rejectOutboxEntry(db, entry.bundleId, { code: failure.code, at: iso() });
      return;
    }
    const nextAttemptAt = now() + backoffDelay(entry.attempts + 1, deps.random);
    await recordTransientFailure(db, entry.bundleId, { code: failure.code, at: iso(), nextAttemptAt });
  }

  async function uploadMissing(client: HqClient, encoded: StoredBundleManifest, missing: readonly string[]): Promise<HqFailure | null> {
    const sizes = partSizes(encoded.manifestBytes);
    const totalBytes = [...sizes.values()].reduce((sum, size) => sum + size, 0);
    // What HQ already had before this round counts as sent: a resumed upload starts where it stopped.
    let sentBytes = totalBytes - missing.reduce((sum, sha) => sum + (sizes.get(sha) ?? 0), 0);
    deps.onProgress?.({ bundleId: encoded.bundleId, sentBytes, totalBytes });
    for (const sha256 of missing) {
      // HQ may only ask for parts this bundle names; anything else is a confused server.
      if (!encoded.partHashes.includes(sha256)) return { kind: 'transient', code: 'bad_response' };
      const part = await bundlePart(db, encoded.bundleId, sha256);
      if (!part) return { kind: 'permanent', code: 'missing_part' };
      const sent = await client.putBlob(sha256, part.bytes);
      if (!sent.ok) return sent.error;
      sentBytes += part.bytes.length;
      deps.onProgress?.({ bundleId: encoded.bundleId, sentBytes, totalBytes });
    }
    return null;
  }

  async function sendEntry(client: HqClient, enrollment: Enrollment, entry: OutboxEntry): Promise<EntryOutcome> {
    const encoded = await ensureEncoded(deps, entry, enrollment);
    if (!encoded.ok) return { result: 'failed', failure: { kind: 'permanent', code: encoded.error.code } };
    await markUploading(db, entry.bundleId);
    const manifest = encodeBase64url(encoded.value.manifestBytes);
    const signature = encodeBase64url(encoded.value.signature);
    // HQ answers with the parts it lacks; after a cut only those go again.
    let answer = await client.putBundle(entry.bundleId, manifest, signature);
    for (let round = 1; answer.ok && answer.value.status === 'incomplete' && round < MAX_PUT_ROUNDS; round++) {
      const failed = await uploadMissing(client, encoded.value, answer.value.missing);
      if (failed) return { result: 'failed', failure: failed };
      answer = await client.putBundle(entry.bundleId, manifest, signature);
    }
    if (!answer.ok) return { result: 'failed', failure: answer.error };
    if (answer.value.status === 'incomplete') return { result: 'failed', failure: { kind: 'transient', code: 'incomplete' } };
    const verified = await verifyReceipt(subtle, enrollment.hq.signingPublicKey, answer.value.signedReceipt, {
      bundleId: entry.bundleId,
      manifestSha256: encoded.value.manifestSha256,
    });
    // An unverifiable receipt proves nothing: stay unsynced and ask again later.
    if (!verified.ok) return { result: 'failed', failure: { kind: 'transient', code: verified.error.code } };
    await markBundleSynced(db, entry.bundleId, { signed: answer.value.signedReceipt, verifiedAt: iso() });
    return { result: 'synced' };
  }

  return {
    /** One pass: health check, then every due outbox entry in sealing order. */
    async runOnce(): Promise<SyncRunSummary> {
      const empty = { attempted: 0, synced: 0, retrying: 0, rejected: 0 };
      const enrollment = await readEnrollment(db);
      if (!enrollment) return { outcome: 'not_enrolled', ...empty };
      const client = createHqClient({ hqUrl: enrollment.hqUrl, token: enrollment.token, fetch: deps.fetch });
      const due = await dueOutboxEntries(db, now());
      const health = await client.health();
      if (!health.ok) {
        for (const entry of due) await settle(entry, { kind: 'transient', code: health.error.code });
        return { outcome: 'unreachable', errorCode: health.error.code, ...empty, retrying: due.length };
      }
      const counts = { ...empty };
      for (const entry of due) {
        counts.attempted++;
        const outcome = await sendEntry(client, enrollment, entry);
        if (outcome.result === 'synced') {
          counts.synced++;
          continue;
        }
        await settle(entry, outcome.failure);
        if (outcome.failure.kind === 'permanent') counts.rejected++;
        else counts.retrying++;
        // A refused token or a revoked device fails every entry the same way: stop here.
        if (outcome.failure.kind === 'auth') return { outcome: 'auth_failed', errorCode: outcome.failure.code, ...counts };
      }
      return { outcome: 'completed', ...counts };
    },

    /** Templates, roster and decisions from HQ, each only when its ETag changed. */
    async pull(): Promise<PullSummary> {
      const enrollment = await readEnrollment(db);
      if (!enrollment) return { outcome: 'not_enrolled' };
      const context = { db, subtle, hqSigningPublicKey: enrollment.hq.signingPublicKey, now: iso };
      return pullFromHq(context, createHqClient({ hqUrl: enrollment.hqUrl, token: enrollment.token, fetch: deps.fetch }));
    },
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
