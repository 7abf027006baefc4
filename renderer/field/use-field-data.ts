import { useLiveQuery } from 'dexie-react-hooks';
import { fieldDatabase } from '../db';
import type { Office } from '../../shared/domain/roster';
import type { StoredTemplate } from '../db';

/** Reference data every field screen needs, live from the database. */
export function useOffices(): readonly Office[] | undefined {
  return useLiveQuery(() => fieldDatabase().offices.orderBy('code').toArray(), []);
}

export function useOfficeNames(): ReadonlyMap<string, string> {
  const offices = useOffices();
  return new Map((offices ?? []).map((office) => [office.code, office.name]));
}

export function useTemplates(): readonly StoredTemplate[] | undefined {
  return useLiveQuery(() => fieldDatabase().templates.toArray(), []);
}

export function useTemplate(id: string, version: number): StoredTemplate | undefined {
  return useLiveQuery(() => fieldDatabase().templates.get([id, version]), [id, version]);
}
