/**
 * Office codes reserved for training scenarios (issue 7). One constant, read by
 * the scenario schema, the bundle encoder and HQ ingest, so a rehearsal record
 * can never be encoded on a device nor stored at HQ, whatever else went wrong.
 */
export const TRAINING_OFFICE_PREFIX = 'TRAIN-';

/** Case-insensitive on purpose: refusing `train-…` too costs nothing and closes a loophole. */
export function isTrainingOfficeCode(code: unknown): boolean {
  return typeof code === 'string' && code.toUpperCase().startsWith(TRAINING_OFFICE_PREFIX);
}

/**
 * Whether a sealed record names a training office: an inspection record's
 * `inspection.officeCode` or `office.code`. Addenda name no office; their
 * bundle's manifest does, and is checked by the caller.
 */
export function recordNamesTrainingOffice(record: unknown): boolean {
  if (typeof record !== 'object' || record === null) return false;
  const { inspection, office } = record as { inspection?: { officeCode?: unknown } | null; office?: { code?: unknown } | null };
  return isTrainingOfficeCode(inspection?.officeCode) || isTrainingOfficeCode(office?.code);
}
