import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Inspection } from '../../shared/domain/inspection';
import { useWorkspaceDb } from '../db/workspace-db';
import { answersOf } from '../db/repositories/answers';

/** Findings, evidence, answers and the office's officials of one inspection, live. */
export function useFindingsData(inspection: Inspection) {
  const id = inspection.id;
  const db = useWorkspaceDb();
  const findings = useLiveQuery(() => db.findings.where('inspectionId').equals(id).sortBy('createdAt'), [db, id]);
  const evidence = useLiveQuery(() => db.evidence.where('inspectionId').equals(id).toArray(), [db, id]);
  const answerList = useLiveQuery(() => answersOf(db, id), [db, id]);
  const officials = useLiveQuery(() => db.officials.where('officeCode').equals(inspection.officeCode).sortBy('fullName'), [db, inspection.officeCode]);
  const answers = useMemo(() => new Map((answerList ?? []).map((a) => [a.itemId, a])), [answerList]);
  return { findings, evidence, answers, officials };
}
