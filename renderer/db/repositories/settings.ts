import type { FieldDatabase } from '../index';
import { guardWrite } from './repository-error';

export async function readSetting<T>(db: FieldDatabase, key: string, parse: (raw: unknown) => T | undefined): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row === undefined ? undefined : parse(row.value);
}

export function writeSetting(db: FieldDatabase, key: string, value: unknown): Promise<void> {
  return guardWrite(async () => {
    await db.settings.put({ key, value });
  });
}
