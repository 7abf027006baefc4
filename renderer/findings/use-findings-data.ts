import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Inspection } from '../../shared/domain/inspection';
import { fieldDatabase } from '../db';
import { answersOf } from '../db/repositories/answers';

/** Findings, evidence, answers and the office's officials of one inspection, live. */
export function useFindingsData(inspection: Inspection) {
  const id = inspection.id;
  const findings = useLiveQuery(() => fieldDatabase().findings.where('inspectionId').equals(id).sortBy('createdAt'), [id]);
  const evidence = useLiveQuery(() => fieldDatabase().evidence.where('inspectionId').equals(id).toArray(), [id]);
  const answerList = useLiveQuery(() => answersOf(fieldDatabase(), id), [id]);
  const officials = useLiveQuery(() => fieldDatabase().officials.where('officeCode').equals(inspection.officeCode).sortBy('fullName'), [inspection.officeCode]);
  const answers = useMemo(() => new Map((answerList ?? []).map((a) => [a.itemId, a])), [answerList]);
  return { findings, evidence, answers, officials };
}
