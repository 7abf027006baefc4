import { z } from 'zod';
import { Key32 } from '../../../shared/bundle/types';
import { IsoInstant } from '../../../shared/domain/localized';
import type { FieldDatabase } from '../index';
import { newOutboxEntry } from './outbox-entry';
import { guardWrite } from './repository-error';

export const ENROLLMENT_SETTING = 'hq.enrollment';

/** This device's enrollment with one HQ: where it is, who we are there, and HQ's pinned keys. */
export const Enrollment = z.object({
  hqUrl: z.url(),
  deviceId: z.string().min(1).max(64),
  /** Bearer token for every request; never logged, never shown. */
  token: z.string().min(16).max(512),
  inspectorName: z.string().min(1).max(200),
  hq: z.object({
    signingPublicKey: Key32,
    encryptionPublicKey: Key32,
    encryptionKeyId: z.string().min(1).max(64),
  }),
  enrolledAt: IsoInstant,
});
export type Enrollment = z.infer<typeof Enrollment>;

export async function readEnrollment(db: FieldDatabase): Promise<Enrollment | undefined> {
  const row = await db.settings.get(ENROLLMENT_SETTING);
  return row === undefined ? undefined : Enrollment.safeParse(row.value).data;
}

/**
 * Stores a new enrollment. Bundles not yet delivered were encoded for the old
 * device id (and maybe another HQ's key), so they are queued again under new
 * bundle ids and their cached ciphertext dropped; the sealed records are untouched.
 */
export function saveEnrollment(db: FieldDatabase, enrollment: Enrollment): Promise<void> {
  return guardWrite(() =>
    db.transaction('rw', [db.settings, db.outbox, db.bundleParts, db.bundleManifests], async () => {
      const unsynced = await db.outbox.where('state').notEqual('synced').toArray();
      for (const entry of unsynced) {
        await db.bundleParts.where('bundleId').equals(entry.bundleId).delete();
        await db.bundleManifests.delete(entry.bundleId);
        await db.outbox.delete(entry.bundleId);
      }
      await db.outbox.bulkAdd(unsynced.map((e) => newOutboxEntry(e, e.createdAt)));
      await db.settings.put({ key: ENROLLMENT_SETTING, value: enrollment });
    }),
  );
}
