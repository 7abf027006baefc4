import { FieldDatabase } from '../../db';

/**
 * The training workspace's own database (issue 7): the field schema, so the
 * field's repositories and screens work on it unchanged, under another name,
 * so a rehearsal can never touch a real record. Nothing here is ever synced:
 * the sync worker reads only `fieldDatabase()`, and the lint zones keep
 * renderer/training/ away from it, from renderer/sync/ and from the seal/outbox
 * repositories (eslint.config.js; docs/0011-training-isolation.md).
 */
export const TRAINING_DB_NAME = 'inspection-kit-training';

let instance: FieldDatabase | undefined;

/** The one training database; give it to `<WorkspaceDbProvider db={trainingDatabase()} mode="training">`. */
export function trainingDatabase(): FieldDatabase {
  instance ??= new FieldDatabase(TRAINING_DB_NAME);
  return instance;
}
