import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { FIELD_DB_NAME, fieldDatabase, type FieldDatabase } from './index';

/**
 * Which database the screens under it read and write. The field app renders
 * without a provider (its one field database); the training workspace wraps the
 * same checklist runner and finding editor in a provider of the training
 * database (issue 7), so a rehearsal can never touch a real record.
 */
export type WorkspaceMode = 'field' | 'training';

interface WorkspaceDb {
  readonly db: FieldDatabase;
  readonly mode: WorkspaceMode;
}

const WorkspaceDbContext = createContext<WorkspaceDb | null>(null);

export function WorkspaceDbProvider({ db, mode, children }: { db: FieldDatabase; mode: WorkspaceMode; children: ReactNode }) {
  // A training workspace on the field database would write rehearsals into real records: fail loudly instead.
  if (mode === 'training' && db.name === FIELD_DB_NAME) throw new Error('The training workspace must not use the field database');
  // One value per (db, mode), so consumers re-render only when the workspace changes.
  const value = useMemo(() => ({ db, mode }), [db, mode]);
  return <WorkspaceDbContext.Provider value={value}>{children}</WorkspaceDbContext.Provider>;
}

/** The database of the workspace this component is in. Call it once at the top of a component or hook. */
export function useWorkspaceDb(): FieldDatabase {
  return useContext(WorkspaceDbContext)?.db ?? fieldDatabase();
}

/** `training` inside the training workspace: screens hide what rehearsals must not do (seal, sync, export, addenda). */
export function useWorkspaceMode(): WorkspaceMode {
  return useContext(WorkspaceDbContext)?.mode ?? 'field';
}
