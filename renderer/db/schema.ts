import type Dexie from 'dexie';
import { chainAuditTrails } from './upgrades/chain-audit-trails';
import { enqueueSealedRecords } from './upgrades/enqueue-sealed-records';

/**
 * Dated, append-only schema versions. Never edit a published version: add a
 * new one with an upgrade function, and an upgrade test from every older one.
 */
export interface SchemaVersion {
  readonly version: number;
  readonly date: string;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: Parameters<ReturnType<Dexie['version']>['upgrade']>[0];
}

export const FIELD_SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    date: '2026-11-23',
    stores: {
      inspections: 'id, status, officeCode, arrivalAt, updatedAt',
      answers: 'id, inspectionId',
      auditEvents: 'id, inspectionId, [inspectionId+seq]',
      templates: '[id+version], id',
      offices: 'code',
      officials: 'id, officeCode',
      settings: 'key',
    },
  },
  {
    // Findings, evidence, sign-off, seals and addenda (issue 4); audit events get chain hashes.
    version: 2,
    date: '2026-11-24',
    stores: {
      findings: 'id, inspectionId, subject.officialId',
      evidence: 'id, inspectionId, findingId',
      signOffs: 'inspectionId',
      seals: 'inspectionId',
      addenda: 'id, inspectionId, [inspectionId+number]',
      deviceKeys: 'id',
      hqHistory: 'id, subject.officialId',
    },
    upgrade: chainAuditTrails,
  },
  {
    // Sync to HQ (issue 5): the outbox, the encoded bundles kept for retries, pulled decisions.
    // Records sealed before this version are queued too, so nothing sealed stays behind.
    version: 3,
    date: '2026-11-25',
    stores: {
      outbox: 'bundleId, inspectionId, state, nextAttemptAt',
      bundleParts: '[bundleId+sha256], bundleId',
      bundleManifests: 'bundleId',
      decisions: 'id, inspectionId',
    },
    upgrade: enqueueSealedRecords,
  },
];

export function applySchema(db: Dexie, versions: readonly SchemaVersion[] = FIELD_SCHEMA): void {
  for (const v of versions) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}
