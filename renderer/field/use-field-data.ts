import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useWorkspaceDb } from '../db/workspace-db';
import type { Office } from '../../shared/domain/roster';
import type { StoredTemplate } from '../db';
import type { Locale } from '../../shared/domain/localized';

/** Reference data every field screen needs, live from the workspace's database. */
export function useOffices(): readonly Office[] | undefined {
  const db = useWorkspaceDb();
  return useLiveQuery(() => db.offices.orderBy('code').toArray(), [db]);
}

export function useOfficeNames(): ReadonlyMap<string, string> {
  const offices = useOffices();
  // Stable while the roster is: the 10,000-row list filter depends on it.
  return useMemo(() => new Map((offices ?? []).map((office) => [office.code, office.name])), [offices]);
}

/** Latest published templates first by title, in the user's language. */
export function useTemplates(locale: Locale): readonly StoredTemplate[] | undefined {
  const db = useWorkspaceDb();
  const templates = useLiveQuery(() => db.templates.toArray(), [db]);
  return templates && [...templates].sort((a, b) => a.title[locale].localeCompare(b.title[locale], locale) || b.version - a.version);
}

export function useTemplate(id: string, version: number): StoredTemplate | undefined {
  const db = useWorkspaceDb();
  return useLiveQuery(() => db.templates.get([id, version]), [db, id, version]);
}
