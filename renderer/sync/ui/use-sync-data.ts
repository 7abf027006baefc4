import { useLiveQuery } from 'dexie-react-hooks';
import { fieldDatabase } from '../../db';
import { readEnrollment } from '../../db/repositories/enrollment';

/** undefined while loading, null when this device is not enrolled. */
export function useEnrollment() {
  return useLiveQuery(async () => (await readEnrollment(fieldDatabase())) ?? null, []);
}

export function useOutbox() {
  return useLiveQuery(() => fieldDatabase().outbox.toArray(), []);
}

export function useInspectionOutbox(inspectionId: string) {
  return useLiveQuery(() => fieldDatabase().outbox.where('inspectionId').equals(inspectionId).toArray(), [inspectionId]);
}
