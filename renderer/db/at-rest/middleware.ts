import type { DBCore, DBCoreCursor, DBCoreIndex, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { recordCodec, type RecordCodec } from './record-codec';

/**
 * The tables that hold personal data about officials, or text an inspector
 * wrote about them, and the settings (the inspector's name and HQ bearer token
 * from enrollment) and the device's signing key: sealed at rest. Reference
 * data (catalogue templates, public office list) and the sync queue (whose
 * bundle parts are already encrypted for HQ) stay clear.
 */
export const SEALED_TABLES: ReadonlySet<string> = new Set([
  'inspections',
  'answers',
  'auditEvents',
  'officials',
  'findings',
  'evidence',
  'signOffs',
  'seals',
  'addenda',
  'hqHistory',
  'decisions',
  'settings',
  'deviceKeys',
]);

const keyPathsOf = (index: DBCoreIndex): string[] => {
  const { keyPath } = index;
  if (keyPath === null) return [];
  return typeof keyPath === 'string' ? [keyPath] : [...keyPath];
};

function codecFor(dbName: string, table: DBCoreTable): RecordCodec {
  const { primaryKey, indexes } = table.schema;
  const primaryKeyPaths = keyPathsOf(primaryKey);
  const clearPaths = [...new Set([...primaryKeyPaths, ...indexes.flatMap(keyPathsOf)])];
  return recordCodec(dbName, table.name, primaryKeyPaths, clearPaths);
}

/** A cursor whose `value` opens lazily, once per position. */
function openingCursor(cursor: DBCoreCursor, codec: RecordCodec): DBCoreCursor {
  let seen: unknown;
  let opened: unknown;
  return Object.create(cursor, {
    value: {
      get() {
        const raw: unknown = cursor.value;
        if (raw !== seen) {
          seen = raw;
          opened = raw === undefined ? undefined : codec.decode(raw);
        }
        return opened;
      },
    },
  }) as DBCoreCursor;
}

function sealingTable(table: DBCoreTable, codec: RecordCodec): DBCoreTable {
  return {
    ...table,
    mutate(req: DBCoreMutateRequest) {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      let values: unknown[];
      try {
        values = req.values.map((value) => codec.encode(value));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      if (req.type === 'add') return table.mutate({ ...req, values });
      // Change specs describe clear values; below this layer only sealed values exist.
      const { criteria: _criteria, changeSpec: _changeSpec, updates: _updates, ...put } = req;
      return table.mutate({ ...put, values });
    },
    get: (req) => table.get(req).then((value: unknown) => (value === undefined ? undefined : codec.decode(value))),
    getMany: (req) => table.getMany(req).then((values: unknown[]) => values.map((value) => (value === undefined ? undefined : codec.decode(value)))),
    query: (req) =>
      table.query(req).then((response) => (req.values ? { ...response, result: response.result.map((value: unknown) => codec.decode(value)) } : response)),
    openCursor: (req) => table.openCursor(req).then((cursor) => (cursor === null ? null : openingCursor(cursor, codec))),
  };
}

/**
 * Seals the personal-data tables below Dexie's API and above IndexedDB:
 * repositories and live queries read and write clear objects, IndexedDB only
 * ever holds sealed ones. Encryption is synchronous (data-key.ts), so the
 * transactions around it stay open.
 */
export function atRestMiddleware(dbName: string, tables: ReadonlySet<string> = SEALED_TABLES): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'AtRestMiddleware',
    create: (down) => {
      // Dexie asks for a table in every transaction; its schema is fixed once open, so its codec is made once.
      const codecs = new Map<string, RecordCodec>();
      return {
        ...down,
        table(name: string) {
          const table = down.table(name);
          if (!tables.has(name)) return table;
          let codec = codecs.get(name);
          if (codec === undefined) codecs.set(name, (codec = codecFor(dbName, table)));
          return sealingTable(table, codec);
        },
      };
    },
  };
}
