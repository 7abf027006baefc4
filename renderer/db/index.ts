import Dexie, { type Table } from 'dexie';
import type { Answer, AuditEvent, Inspection } from '../../shared/domain/inspection';
import type { Office, Official } from '../../shared/domain/roster';
import type { ChecklistTemplate } from '../../shared/catalogue/schema';
import { applySchema } from './schema';

export interface Setting {
  readonly key: string;
  readonly value: unknown;
}

export type StoredTemplate = ChecklistTemplate;

export const FIELD_DB_NAME = 'inspection-kit-field';

export class FieldDatabase extends Dexie {
  declare inspections: Table<Inspection, string>;
  declare answers: Table<Answer, string>;
  declare auditEvents: Table<AuditEvent, string>;
  declare templates: Table<StoredTemplate, [string, number]>;
  declare offices: Table<Office, string>;
  declare officials: Table<Official, string>;
  declare settings: Table<Setting, string>;

  constructor(name: string = FIELD_DB_NAME) {
    // 'strict' makes Chromium flush each commit to disk before reporting success:
    // an answer shown as saved must survive a power cut, not only a crash.
    super(name, { chromeTransactionDurability: 'strict' });
    applySchema(this);
  }
}

let instance: FieldDatabase | undefined;

/** The app's one field database (training gets its own, issue 7). */
export function fieldDatabase(): FieldDatabase {
  instance ??= new FieldDatabase();
  return instance;
}
