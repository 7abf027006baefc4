import { useCallback } from 'react';
import { useWorkspaceDb } from '../db/workspace-db';
import { saveAnswer, type AnswerPatch } from '../db/repositories/answers';
import { RepositoryError } from '../db/repositories/repository-error';
import { useSaveStatus } from '../app/save-status-store';
import { useUiStore } from '../app/ui-store';

/** Every change is written at once; the UI shows saving → saved, or why it failed. */
export function useAutosave(inspectionId: string): (patch: Omit<AnswerPatch, 'inspectionId'>) => Promise<boolean> {
  const begin = useSaveStatus((s) => s.begin);
  const succeed = useSaveStatus((s) => s.succeed);
  const failed = useSaveStatus((s) => s.failed);
  const reportWriteError = useUiStore((s) => s.reportWriteError);
  const db = useWorkspaceDb();

  return useCallback(
    async (patch) => {
      begin(patch.itemId);
      try {
        const answer = await saveAnswer(db, { ...patch, inspectionId });
        succeed(patch.itemId, answer.answeredAt);
        return true;
      } catch (error) {
        const code = error instanceof RepositoryError ? error.code : 'write_failed';
        failed(patch.itemId, code);
        reportWriteError(code);
        return false;
      }
    },
    [db, begin, succeed, failed, reportWriteError, inspectionId],
  );
}
