import type { Answer, Inspection } from '../domain/inspection';
import type { EvidenceMeta } from '../domain/evidence';
import { canonicalJson } from './canonical';
import { verifyChain, type ChainedEvent } from './audit-chain';
import { addendumRecord, type AddendumContent, type InspectionRecord } from './inspection-record';
import { verifySeal, type Seal } from './seal';
import type { SealCrypto } from './subtle';

export type IntegrityCheckId = 'chain' | 'row' | 'evidence' | 'seal_signature' | 'seal_record' | 'seal_covers_log' | 'addenda';

export interface IntegrityCheck {
  readonly id: IntegrityCheckId;
  readonly ok: boolean;
  /** Where it failed: an index, a part name or a reason code; never personal data. */
  readonly detail?: string;
}

export interface IntegrityReport {
  readonly ok: boolean;
  readonly checks: readonly IntegrityCheck[];
  readonly sealedOnThisDevice: boolean | null;
}

export interface IntegrityInput {
  readonly inspection: Inspection;
  readonly answers: readonly Answer[];
  readonly trail: readonly ChainedEvent[];
  readonly evidence: readonly EvidenceMeta[];
  /** SHA-256 of each evidence blob as read now; a missing blob has no entry. */
  readonly blobHashes: ReadonlyMap<string, string>;
  readonly sealed?: { readonly record: InspectionRecord; readonly seal: Seal; readonly rebuilt: InspectionRecord };
  readonly addenda: readonly (AddendumContent & { readonly seal: Seal })[];
  readonly devicePublicKey?: string;
}

/** Events allowed after the seal: the seal itself, addenda and HQ's receipt of them, forward moves (synced, acknowledged), HQ's decisions. */
const AFTER_SEAL = new Set(['inspection.sealed', 'addendum.sealed', 'addendum.synced', 'inspection.status_changed', 'decisions.updated']);

const check = (id: IntegrityCheckId, failure: string | null): IntegrityCheck => (failure === null ? { id, ok: true } : { id, ok: false, detail: failure });

/** The status the audit log says the inspection is in. */
function replayedStatus(trail: readonly ChainedEvent[]): string | undefined {
  let status: string | undefined;
  for (const { event } of trail) {
    if (event.type === 'inspection.created') status = 'draft';
    const to = event.detail['to'];
    if (typeof to === 'string') status = to;
  }
  return status;
}

/** The inspection row must agree with its own audit log, or someone edited it behind the repositories. */
function rowFailure(input: IntegrityInput): string | null {
  const { inspection, trail } = input;
  const last = trail.at(-1);
  if (inspection.lastAuditSeq !== trail.length) return 'lastAuditSeq';
  if (inspection.lastAuditHash !== last?.hash) return 'lastAuditHash';
  if (last && inspection.updatedAt !== last.event.at) return 'updatedAt';
  if (replayedStatus(trail) !== inspection.status) return 'status';
  if (inspection.answeredCount !== input.answers.filter((a) => a.value !== null).length) return 'answeredCount';
  return null;
}

function differingParts(a: InspectionRecord, b: InspectionRecord): string | null {
  const keys = Object.keys(a) as (keyof InspectionRecord)[];
  const differ = keys.filter((key) => {
    const [x, y] = [canonicalJson(a[key]), canonicalJson(b[key])];
    return !x.ok || !y.ok || x.value !== y.value;
  });
  return differ.length === 0 ? null : differ.join(',');
}

function logFailure(input: IntegrityInput, record: InspectionRecord, seal: Seal): string | null {
  const { seq, hash } = record.auditHead;
  if (seq > 0 && input.trail[seq - 1]?.hash !== hash) return `head@${seq}`;
  const after = input.trail.slice(seq);
  const sealEvent = after[0]?.event;
  if (sealEvent?.type !== 'inspection.sealed' || sealEvent.detail['recordHash'] !== seal.recordHash) return 'seal_event';
  const stray = after.findIndex(({ event }, i) => !AFTER_SEAL.has(event.type) || (i > 0 && event.type === 'inspection.sealed'));
  return stray < 0 ? null : `after_seal@${seq + stray}`;
}

async function addendaFailure(subtle: SealCrypto, input: IntegrityInput, parentHash: string | null): Promise<string | null> {
  const sorted = [...input.addenda].sort((a, b) => a.number - b.number);
  for (const [i, { seal, ...content }] of sorted.entries()) {
    if (content.number !== i + 1 || content.parentRecordHash !== parentHash) return `addendum#${content.number}:link`;
    const verified = await verifySeal(subtle, addendumRecord(content), seal);
    if (!verified.ok) return `addendum#${content.number}:${verified.error.code}`;
    const logged = input.trail.some(({ event }) => event.type === 'addendum.sealed' && event.detail['recordHash'] === seal.recordHash);
    if (!logged) return `addendum#${content.number}:not_logged`;
  }
  // An addendum the log knows of but the store lost (or moved to another inspection).
  const logged = input.trail.filter(({ event }) => event.type === 'addendum.sealed').length;
  return logged === sorted.length ? null : `addenda:${sorted.length}/${logged}`;
}

/** Checks the audit chain, the row, every evidence hash and, once sealed, seal, record and addenda. */
export async function checkIntegrity(subtle: SealCrypto, input: IntegrityInput): Promise<IntegrityReport> {
  const chain = await verifyChain(subtle, input.trail);
  const badEvidence = input.evidence.find((e) => input.blobHashes.get(e.id) !== e.sha256);
  const checks: IntegrityCheck[] = [
    check('chain', chain.ok ? null : `event@${chain.error.detail ?? '?'}`),
    check('row', rowFailure(input)),
    check('evidence', badEvidence ? `evidence:${badEvidence.id}` : null),
  ];
  const { sealed } = input;
  const mustBeSealed = ['sealed', 'synced', 'acknowledged'].includes(input.inspection.status);
  if (sealed) {
    const signature = await verifySeal(subtle, sealed.record, sealed.seal);
    checks.push(check('seal_signature', signature.ok ? null : signature.error.code));
    checks.push(check('seal_record', differingParts(sealed.record, sealed.rebuilt)));
    checks.push(check('seal_covers_log', logFailure(input, sealed.record, sealed.seal)));
  } else if (mustBeSealed) {
    checks.push(check('seal_signature', 'seal_missing'));
  }
  if (sealed || input.addenda.length > 0) checks.push(check('addenda', await addendaFailure(subtle, input, sealed?.seal.recordHash ?? null)));
  return {
    ok: checks.every((c) => c.ok),
    checks,
    sealedOnThisDevice: sealed && input.devicePublicKey !== undefined ? sealed.seal.publicKey === input.devicePublicKey : null,
  };
}
