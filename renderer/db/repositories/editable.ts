import type { Inspection } from '../../../shared/domain/inspection';
import { isEditable, isSealed } from '../../../shared/lifecycle/inspection-lifecycle';
import type { FieldDatabase } from '../index';
import { RepositoryError } from './repository-error';

/** Loads an inspection inside the caller's transaction; a sealed one is refused outright. */
export async function loadInspection(db: FieldDatabase, inspectionId: string): Promise<Inspection> {
  const inspection = await db.inspections.get(inspectionId);
  if (!inspection) throw new RepositoryError('not_found');
  if (isSealed(inspection.status)) throw new RepositoryError('sealed', inspection.status);
  return inspection;
}

/** Findings and evidence change only while the inspection is being worked on. */
export async function loadEditableInspection(db: FieldDatabase, inspectionId: string): Promise<Inspection> {
  const inspection = await loadInspection(db, inspectionId);
  if (!isEditable(inspection.status)) throw new RepositoryError('not_editable', inspection.status);
  return inspection;
}
