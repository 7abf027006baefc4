import { useLiveQuery } from 'dexie-react-hooks';
import { fieldDatabase } from '../../db';
import { useWorkspaceDb } from '../../db/workspace-db';
import { decisionsOf } from '../../db/repositories/decisions';
import { inspectionDecisionsView, type InspectionDecisionsView } from '../decision-view';

/**
 * HQ's decisions joined with the inspection's findings, live; undefined while
 * loading. Read from the inspection's own workspace database (a training one holds no decisions).
 */
export function useInspectionDecisions(inspectionId: string): InspectionDecisionsView | undefined {
  const db = useWorkspaceDb();
  return useLiveQuery(async () => {
    const [findings, decisions] = await Promise.all([db.findings.where('inspectionId').equals(inspectionId).toArray(), decisionsOf(db, inspectionId)]);
    return inspectionDecisionsView(findings, decisions);
  }, [db, inspectionId]);
}

/** Current decisions about inspections this device does not hold (a reinstall, another device's record). */
export function useOrphanDecisionCount(): number | undefined {
  return useLiveQuery(async () => {
    const db = fieldDatabase();
    const current = (await db.decisions.toArray()).filter((d) => d.supersededAt === undefined);
    const ids = [...new Set(current.map((d) => d.inspectionId))];
    const present = new Set((await db.inspections.bulkGet(ids)).flatMap((i) => (i ? [i.id] : [])));
    return current.filter((d) => !present.has(d.inspectionId)).length;
  }, []);
}
