import { inspectionRecord, type InspectionRecord, type InspectionRecordParts } from '../../shared/seal/inspection-record';

/**
 * The draft preview prints exactly what sealing would sign: the same function
 * builds both, so a preview can never show a field the seal leaves out.
 * Parts come from `loadRecordParts(db, id)` in renderer/db/repositories/record-parts.ts.
 */
export function recordForPreview(parts: InspectionRecordParts): InspectionRecord {
  return inspectionRecord(parts);
}
