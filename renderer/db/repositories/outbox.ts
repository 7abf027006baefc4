import { transition } from '../../../shared/lifecycle/inspection-lifecycle';
import type { FieldDatabase, OutboxEntry, OutboxState, StoredReceipt } from '../index';
import { appendAudit } from './audit';
import { acknowledgeIfDecided } from './decisions';
import { guardWrite, RepositoryError } from './repository-error';

/** States the worker still has to act on (rejected waits for the user). */
export const PENDING_STATES: readonly OutboxState[] = ['queued', 'encoded', 'uploading'];
const isPending = (entry: OutboxEntry | undefined): entry is OutboxEntry => entry !== undefined && PENDING_STATES.includes(entry.state);

const inSendingOrder = (a: OutboxEntry, b: OutboxEntry): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.bundleId < b.bundleId ? -1 : 1;

/** Pending entries whose backoff has passed, oldest seal first (an inspection before its addenda). */
export async function dueOutboxEntries(db: FieldDatabase, nowMs: number): Promise<OutboxEntry[]> {
  const rows = await db.outbox.where('state').anyOf([...PENDING_STATES]).toArray();
  return rows.filter((e) => e.nextAttemptAt <= nowMs).sort(inSendingOrder);
}

/** Every entry not yet confirmed by a receipt (pending or rejected), oldest first. */
export async function unsyncedOutboxEntries(db: FieldDatabase): Promise<OutboxEntry[]> {
  return (await db.outbox.where('state').notEqual('synced').toArray()).sort(inSendingOrder);
}

/** When the worker next has something to send, or undefined if nothing is pending. */
export async function earliestNextAttempt(db: FieldDatabase): Promise<number | undefined> {
  const rows = await db.outbox.where('state').anyOf([...PENDING_STATES]).toArray();
  return rows.length === 0 ? undefined : Math.min(...rows.map((e) => e.nextAttemptAt));
}

export interface EncodedParts {
  readonly manifestBytes: Uint8Array;
  readonly signature: Uint8Array;
  readonly manifestSha256: string;
  readonly parts: ReadonlyMap<string, Uint8Array>;
  /** Payload first, then evidence: the manifest's order. */
  readonly partHashes: readonly string[];
}

/**
 * Stores an encoded bundle once, before anything is uploaded: retries must
 * resend these exact bytes. Returns false (and stores nothing) if another run
 * encoded it first; the caller then uses the stored one.
 */
export function saveEncodedBundle(db: FieldDatabase, bundleId: string, encoded: EncodedParts): Promise<boolean> {
  return guardWrite(() =>
    db.transaction('rw', [db.outbox, db.bundleParts, db.bundleManifests], async () => {
      const entry = await db.outbox.get(bundleId);
      if (entry?.state !== 'queued') return false;
      await db.bundleParts.bulkPut([...encoded.parts].map(([sha256, bytes]) => ({ bundleId, sha256, bytes })));
      await db.bundleManifests.put({
        bundleId,
        manifestBytes: encoded.manifestBytes,
        signature: encoded.signature,
        manifestSha256: encoded.manifestSha256,
        partHashes: encoded.partHashes,
      });
      await db.outbox.put({ ...entry, state: 'encoded', manifestSha256: encoded.manifestSha256 });
      return true;
    }),
  );
}

function updatePending(db: FieldDatabase, bundleId: string, change: (entry: OutboxEntry) => OutboxEntry): Promise<void> {
  return guardWrite(() =>
    db.transaction('rw', db.outbox, async () => {
      const entry = await db.outbox.get(bundleId);
      if (isPending(entry)) await db.outbox.put(change(entry));
    }),
  );
}

export const markUploading = (db: FieldDatabase, bundleId: string): Promise<void> =>
  updatePending(db, bundleId, (e) => (e.state === 'encoded' ? { ...e, state: 'uploading' } : e));

/** A failure worth retrying: count it and wait until `nextAttemptAt`. */
export const recordTransientFailure = (db: FieldDatabase, bundleId: string, failure: { code: string; at: string; nextAttemptAt: number }): Promise<void> =>
  updatePending(db, bundleId, (e) => ({ ...e, attempts: e.attempts + 1, nextAttemptAt: failure.nextAttemptAt, lastError: { code: failure.code, at: failure.at } }));

/** HQ refused the bundle for good: shown to the user, never retried by itself. */
export const rejectOutboxEntry = (db: FieldDatabase, bundleId: string, failure: { code: string; at: string }): Promise<void> =>
  updatePending(db, bundleId, (e) => ({ ...e, state: 'rejected', attempts: e.attempts + 1, lastError: { code: failure.code, at: failure.at } }));

/**
 * After a verified receipt, in one transaction: the entry is synced with its
 * receipt, an inspection moves `sealed → synced` with an audit event (and on to
 * `acknowledged` if HQ's decisions already cover it), and
 * the cached ciphertext is dropped. The sealed record itself is never touched.
 */
export function markBundleSynced(db: FieldDatabase, bundleId: string, receipt: StoredReceipt): Promise<OutboxEntry> {
  return guardWrite(() =>
    db.transaction('rw', [db.outbox, db.inspections, db.auditEvents, db.bundleParts, db.findings, db.decisions], async () => {
      const entry = await db.outbox.get(bundleId);
      if (!entry) throw new RepositoryError('not_found', bundleId);
      if (entry.state === 'synced') return entry;
      const synced: OutboxEntry = { ...entry, state: 'synced', receipt, syncedAt: receipt.verifiedAt };
      await db.outbox.put(synced);
      if (entry.kind === 'inspection') {
        const inspection = await db.inspections.get(entry.inspectionId);
        const moved = inspection && transition(inspection.status, 'mark_synced');
        if (inspection && moved?.ok) {
          const logged = await appendAudit(db, { ...inspection, status: moved.value, updatedAt: receipt.verifiedAt }, {
            type: 'inspection.status_changed',
            actor: 'HQ',
            at: receipt.verifiedAt,
            detail: { from: inspection.status, to: moved.value, event: 'mark_synced', bundleId },
          });
          await db.inspections.put(logged);
          // HQ may have decided before this device could verify its receipt.
          await acknowledgeIfDecided(db, logged, receipt.verifiedAt);
        }
      } else {
        // The inspection's status stays; its log says HQ has the correction.
        const inspection = await db.inspections.get(entry.inspectionId);
        if (inspection) {
          const logged = await appendAudit(db, { ...inspection, updatedAt: receipt.verifiedAt }, {
            type: 'addendum.synced',
            actor: 'HQ',
            at: receipt.verifiedAt,
            detail: { number: entry.addendumNumber ?? null, bundleId },
          });
          await db.inspections.put(logged);
        }
      }
      await db.bundleParts.where('bundleId').equals(bundleId).delete();
      return synced;
    }),
  );
}

/** The user's "retry" on a rejected entry: back to the worker, with the same bytes if encoded. */
export function retryOutboxEntry(db: FieldDatabase, bundleId: string, nowMs: number): Promise<void> {
  return guardWrite(() =>
    db.transaction('rw', [db.outbox, db.bundleManifests], async () => {
      const entry = await db.outbox.get(bundleId);
      if (entry?.state !== 'rejected') return;
      const encoded = (await db.bundleManifests.get(bundleId)) !== undefined;
      const { lastError, ...rest } = entry;
      await db.outbox.put({ ...rest, state: encoded ? 'encoded' : 'queued', attempts: 0, nextAttemptAt: nowMs });
    }),
  );
}

/** "Sync now": every pending entry is due at once. */
export function clearBackoff(db: FieldDatabase, nowMs: number): Promise<void> {
  return guardWrite(() =>
    db.transaction('rw', db.outbox, async () => {
      await db.outbox.where('state').anyOf([...PENDING_STATES]).modify((entry, ref) => {
        if (entry.nextAttemptAt > nowMs) ref.value = { ...entry, nextAttemptAt: nowMs };
      });
    }),
  );
}

/** A cached part or manifest of an encoded bundle (undefined once synced). */
export const bundlePart = (db: FieldDatabase, bundleId: string, sha256: string) => db.bundleParts.get([bundleId, sha256]);
export const bundleManifest = (db: FieldDatabase, bundleId: string) => db.bundleManifests.get(bundleId);
