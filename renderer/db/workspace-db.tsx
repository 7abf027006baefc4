import { createContext, useContext, type ReactNode } from 'react';
import { fieldDatabase, type FieldDatabase } from './index';

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
  return <WorkspaceDbContext.Provider value={{ db, mode }}>{children}</WorkspaceDbContext.Provider>;
}

/** The database of the workspace this component is in. */
export function useWorkspaceDb(): FieldDatabase {
  return useContext(WorkspaceDbContext)?.db ?? fieldDatabase();
}

/** `training` inside the training workspace: screens hide what rehearsals must not do (seal, sync, export). */
export function useWorkspaceMode(): WorkspaceMode {
  return useContext(WorkspaceDbContext)?.mode ?? 'field';
}
