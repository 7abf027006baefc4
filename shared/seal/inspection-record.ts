import type { Answer, Inspection } from '../domain/inspection';
import type { Office, Official } from '../domain/roster';
import type { FindingRecord } from '../domain/finding-record';
import type { EvidenceMeta } from '../domain/evidence';
import type { SignOff } from '../domain/sign-off';

export const INSPECTION_RECORD_FORMAT = 'inspection-kit/inspection-record/v1';
export const ADDENDUM_RECORD_FORMAT = 'inspection-kit/addendum/v1';

/** The last audit event before the seal: sealing it makes a truncated log detectable. */
export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

export interface InspectionRecordParts {
  readonly inspection: Inspection;
  readonly office: Office;
  /** Officials named by findings, as the roster described them on the day. */
  readonly officials: readonly Official[];
  readonly answers: readonly Answer[];
  readonly findings: readonly FindingRecord[];
  readonly evidence: readonly EvidenceMeta[];
  readonly signOff: SignOff;
  readonly auditHead: AuditHead;
}

const byKey = <T>(key: (value: T) => string) => (a: T, b: T): number => {
  const [x, y] = [key(a), key(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * The whole record as sealed, in one plain-JSON shape. Fields that change
 * after sealing by design (status, updatedAt, audit counters, progress) are left
 * out; everything an inspector wrote is in, evidence by its SHA-256. Arrays are
 * sorted so the same data always gives the same bytes.
 */
export function inspectionRecord(parts: InspectionRecordParts) {
  const { inspection } = parts;
  return {
    format: INSPECTION_RECORD_FORMAT,
    inspection: {
      id: inspection.id,
      officeCode: inspection.officeCode,
      template: inspection.template,
      team: inspection.team,
      unannounced: inspection.unannounced,
      arrivalAt: inspection.arrivalAt,
      createdAt: inspection.createdAt,
      itemCount: inspection.itemCount,
    },
    office: parts.office,
    officials: [...parts.officials].sort(byKey((o) => o.id)),
    answers: [...parts.answers].sort(byKey((a) => a.itemId)),
    findings: [...parts.findings].sort(byKey((f) => `${f.createdAt}|${f.id}`)),
    evidence: [...parts.evidence].sort(byKey((e) => `${e.findingId}|${e.addedAt}|${e.id}`)),
    signOff: parts.signOff,
    auditHead: parts.auditHead,
  };
}
export type InspectionRecord = ReturnType<typeof inspectionRecord>;

/** A correction after sealing: its own sealed record, linked to the sealed inspection by hash. */
export interface AddendumContent {
  readonly id: string;
  readonly inspectionId: string;
  /** 1 for the first addendum of an inspection, then 2, 3… */
  readonly number: number;
  /** recordHash of the inspection's seal: the addendum cannot be moved to another record. */
  readonly parentRecordHash: string;
  readonly text: string;
  readonly reason: string;
  readonly author: string;
  readonly createdAt: string;
}

export function addendumRecord(content: AddendumContent) {
  return { format: ADDENDUM_RECORD_FORMAT, ...content };
}
