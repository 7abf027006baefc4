import { FieldDatabase } from '../../../renderer/db';
import { seedReferenceData } from '../../../renderer/db/repositories/reference-data';
import { changeStatus, createInspection } from '../../../renderer/db/repositories/inspections';
import { saveAnswer } from '../../../renderer/db/repositories/answers';
import { recordExplanation, saveFinding } from '../../../renderer/db/repositories/findings';
import { attachEvidence } from '../../../renderer/db/repositories/evidence';
import { signAsLead, signAsOfficeHead } from '../../../renderer/db/repositories/sign-off';
import { sha256Hex } from '../../../shared/seal/hash';
import type { SealCrypto } from '../../../shared/seal/subtle';
import { EVIDENCE_LIMITS } from '../../../shared/domain/evidence';
import { CATALOGUE, itemsOf } from '../../../shared/catalogue';
import { DEMO_ROSTER } from '../../../shared/roster/demo-roster';

/** A signed inspection ready to seal, built only through the app's repositories. */
export interface SignedInspection {
  readonly db: FieldDatabase;
  readonly inspectionId: string;
  readonly evidenceBytes: number;
}

const FINDINGS = 10;
const LEAD = 'Người đo hiệu năng';
// A 1×1 transparent PNG: the signature pad's output format, a few bytes instead of a few kB.
const SIGNATURE_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const subtle = crypto.subtle as unknown as SealCrypto;

/** Random bytes: incompressible, so no layer below can make hashing look cheaper than a real JPEG. */
function randomPhoto(bytes: number): Uint8Array<ArrayBuffer> {
  const photo = new Uint8Array(bytes);
  // getRandomValues fills at most 65,536 bytes per call.
  for (let at = 0; at < bytes; at += 65_536) crypto.getRandomValues(photo.subarray(at, Math.min(bytes, at + 65_536)));
  return photo;
}

/**
 * Fresh database (unique name), one answer, findings about demo officials with
 * their explanations, `photos` evidence files spread over the findings, then
 * review and both signatures, so the status is `signed`.
 */
export async function signedInspection(photos: number, photoBytes: number): Promise<SignedInspection> {
  const db = new FieldDatabase(`bench-seal-${crypto.randomUUID()}`);
  await db.open();
  await seedReferenceData(db, CATALOGUE, DEMO_ROSTER);
  const template = CATALOGUE[0];
  const office = DEMO_ROSTER.offices[0];
  if (!template || !office) throw new Error('empty catalogue or roster');
  const item = itemsOf(template).find((entry) => entry.response.type === 'yes_no_na');
  if (!item) throw new Error('no yes/no item');
  const officials = DEMO_ROSTER.officials.filter((official) => official.officeCode === office.code);
  const inspection = await createInspection(db, {
    officeCode: office.code, template: { id: template.id, version: template.version },
    team: { lead: LEAD, members: [] }, unannounced: true, arrivalAt: new Date().toISOString(),
  });
  const inspectionId = inspection.id;
  await saveAnswer(db, { inspectionId, itemId: item.id, value: { type: 'yes_no_na', value: 'no' } });

  const findingIds: string[] = [];
  for (let i = 0; i < FINDINGS; i++) {
    const official = officials[i % officials.length];
    if (!official) throw new Error('no demo officials');
    const finding = await saveFinding(db, inspectionId, {
      subject: { type: 'official', officialId: official.id }, kind: 'violation', category: 'timeliness', severity: 'low',
      itemIds: [item.id], citations: [], narrative: `Phát hiện đo hiệu năng số ${i + 1}`, observedAt: new Date().toISOString(),
    });
    // A repeat about the same official can escalate to a recommendation that needs an explanation before sealing.
    await recordExplanation(db, finding.id, { type: 'given', text: 'Giải trình của công chức (đo hiệu năng).' });
    findingIds.push(finding.id);
  }
  const perFinding = Math.ceil(photos / findingIds.length);
  if (perFinding > EVIDENCE_LIMITS.maxFilesPerFinding) throw new Error(`${photos} photos exceed ${EVIDENCE_LIMITS.maxFilesPerFinding} per finding`);

  for (let i = 0; i < photos; i++) {
    const findingId = findingIds[Math.floor(i / perFinding)];
    if (!findingId) throw new Error('photo without finding');
    const bytes = randomPhoto(photoBytes);
    await attachEvidence(db, findingId, {
      blob: new Blob([bytes], { type: 'image/jpeg' }), name: `anh-${i + 1}.jpg`, mediaType: 'image/jpeg',
      sha256: await sha256Hex(subtle, bytes), takenAt: new Date().toISOString(), thumbnail: null,
    });
  }

  await changeStatus(db, inspectionId, 'submit_for_review', LEAD);
  await signAsLead(db, inspectionId, { name: LEAD, position: 'Thanh tra viên', image: SIGNATURE_PNG });
  await signAsOfficeHead(db, inspectionId, { name: 'Nguyễn Văn An', position: 'Giám đốc', image: SIGNATURE_PNG });
  const signed = await db.inspections.get(inspectionId);
  if (signed?.status !== 'signed') throw new Error(`expected a signed inspection, got ${signed?.status ?? 'none'}`);
  return { db, inspectionId, evidenceBytes: photos * photoBytes };
}
