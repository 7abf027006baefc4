import Dexie, { type Table } from 'dexie';
import type { Answer, Inspection } from '../../shared/domain/inspection';
import type { Office, Official } from '../../shared/domain/roster';
import type { ChecklistTemplate } from '../../shared/catalogue/schema';
import type { FindingRecord } from '../../shared/domain/finding-record';
import type { EvidenceMeta } from '../../shared/domain/evidence';
import type { SignOff } from '../../shared/domain/sign-off';
import type { ChainedAuditEvent } from '../../shared/seal/audit-chain';
import type { AddendumContent, InspectionRecord } from '../../shared/seal/inspection-record';
import type { Seal } from '../../shared/seal/seal';
import type { PriorFinding } from '../../shared/rules/rule-types';
import type { Decision } from '../../shared/bundle/decision';
import { applySchema } from './schema';
import { atRestMiddleware } from './at-rest/middleware';

export interface Setting {
  readonly key: string;
  readonly value: unknown;
}

export type StoredTemplate = ChecklistTemplate;

/** Evidence metadata with its bytes and a small JPEG preview (not sealed: derived from the bytes). */
export type StoredEvidence = EvidenceMeta & { readonly blob: Blob; readonly thumbnail: Blob | null };

/** The record exactly as sealed, and its seal. */
export interface StoredSeal {
  readonly inspectionId: string;
  readonly record: InspectionRecord;
  readonly seal: Seal;
}

export type StoredAddendum = AddendumContent & { readonly seal: Seal };

/**
 * The device's Ed25519 key. Since encryption at rest, the private key is kept
 * as PKCS#8 bytes in the sealed `deviceKeys` table and imported as a
 * non-extractable CryptoKey for each use. Keys made before it are
 * non-extractable CryptoKeys (they cannot be exported to be sealed) and stay so.
 */
export type StoredDeviceKey = {
  readonly id: 'device';
  readonly publicKeyRaw: string;
  readonly createdAt: string;
} & ({ readonly privateKeyPkcs8: Uint8Array } | { readonly privateKey: CryptoKey; readonly publicKey: CryptoKey });

/** Where a sealed record is on its way to HQ; `synced` only after HQ's signed receipt verified. */
export type OutboxState = 'queued' | 'encoded' | 'uploading' | 'synced' | 'rejected';
export type BundleKind = 'inspection' | 'addendum';

/** HQ's signed receipt as received ({receipt, signature}), kept as proof of delivery. */
export interface StoredReceipt {
  readonly signed: unknown;
  readonly verifiedAt: string;
}

/** One sealed record (inspection or addendum) to deliver to HQ. */
export interface OutboxEntry {
  /** UUIDv7, fixed at seal time: HQ de-duplicates by it. */
  readonly bundleId: string;
  readonly inspectionId: string;
  readonly kind: BundleKind;
  readonly addendumNumber?: number;
  readonly state: OutboxState;
  readonly attempts: number;
  /** Epoch milliseconds; the worker sends nothing before it. */
  readonly nextAttemptAt: number;
  readonly lastError?: { readonly code: string; readonly at: string };
  readonly createdAt: string;
  readonly manifestSha256?: string;
  readonly receipt?: StoredReceipt;
  readonly syncedAt?: string;
}

/** One encrypted part of an encoded bundle, kept so every retry sends the same bytes. */
export interface StoredBundlePart {
  readonly bundleId: string;
  readonly sha256: string;
  readonly bytes: Uint8Array;
}

/** The signed manifest of an encoded bundle (its parts are in `bundleParts`). */
export interface StoredBundleManifest {
  readonly bundleId: string;
  readonly manifestBytes: Uint8Array;
  readonly signature: Uint8Array;
  readonly manifestSha256: string;
  /** Every part the manifest names, payload first. */
  readonly partHashes: readonly string[];
}

/**
 * An HQ decision on a recommendation, verified with the pinned HQ key before it
 * was stored, with HQ's signature kept as proof.
 */
export type StoredDecision = Decision & {
  readonly signature: string;
  /** When this device first stored it (absent on rows pulled by schema v3 builds). */
  readonly receivedAt?: string;
  /** When HQ stopped serving it (replaced or withdrawn after a reopen): kept as history, no longer counted. */
  readonly supersededAt?: string;
};

export const FIELD_DB_NAME = 'inspection-kit-field';

export class FieldDatabase extends Dexie {
  declare inspections: Table<Inspection, string>;
  declare answers: Table<Answer, string>;
  declare auditEvents: Table<ChainedAuditEvent, string>;
  declare templates: Table<StoredTemplate, [string, number]>;
  declare offices: Table<Office, string>;
  declare officials: Table<Official, string>;
  declare settings: Table<Setting, string>;
  declare findings: Table<FindingRecord, string>;
  declare evidence: Table<StoredEvidence, string>;
  declare signOffs: Table<SignOff, string>;
  declare seals: Table<StoredSeal, string>;
  declare addenda: Table<StoredAddendum, string>;
  declare deviceKeys: Table<StoredDeviceKey, string>;
  /** Earlier findings about officials that HQ sent (issue 5 fills it); the rules read it. */
  declare hqHistory: Table<PriorFinding, string>;
  declare outbox: Table<OutboxEntry, string>;
  declare bundleParts: Table<StoredBundlePart, [string, string]>;
  declare bundleManifests: Table<StoredBundleManifest, string>;
  declare decisions: Table<StoredDecision, string>;

  constructor(name: string = FIELD_DB_NAME) {
    // 'strict' makes Chromium flush each commit to disk before reporting success:
    // an answer shown as saved must survive a power cut, not only a crash.
    super(name, { chromeTransactionDurability: 'strict' });
    applySchema(this);
    // Personal data is sealed on its way into IndexedDB (docs/0012-data-at-rest.md).
    this.use(atRestMiddleware(name));
  }
}

let instance: FieldDatabase | undefined;

/** The app's one field database (training gets its own, issue 7). */
export function fieldDatabase(): FieldDatabase {
  instance ??= new FieldDatabase();
  return instance;
}
