import { z } from 'zod';
import { IsoInstant } from '../domain/localized';
import { RecommendationKind } from '../domain/finding';
import { fail, ok, type Result } from '../result';
import { decodeBase64url, encodeBase64url } from '../seal/base64url';
import { canonicalBytes, utf8 } from '../seal/canonical';
import { ED25519, type SealKey } from '../seal/subtle';
import { Uuid, type BundleCrypto } from './types';

export const DECISION_FORMAT = 'inspection-kit/decision/v1';
export const DECISION_PURPOSE = 'inspection-kit/decision/v1';

export const DecisionOutcome = z.enum(['approve', 'change', 'reject']);
export type DecisionOutcome = z.infer<typeof DecisionOutcome>;

/** The kinds whose decision an HQ approver must confirm before it is released (issue 6). */
export const NEEDS_APPROVER: readonly RecommendationKind[] = ['reassignment', 'replacement', 'disciplinary_review'];
export const needsApprover = (kind: RecommendationKind | null | undefined): boolean => kind !== null && kind !== undefined && NEEDS_APPROVER.includes(kind);

/** HQ's decision on one finding's recommendation, as released to the device that sent the inspection. */
export const Decision = z
  .strictObject({
    format: z.literal(DECISION_FORMAT),
    id: Uuid,
    inspectionId: z.string().min(1).max(64),
    findingId: z.string().min(1).max(64),
    outcome: DecisionOutcome,
    /** Only for `change`: the recommendation kind HQ decided instead. */
    changedTo: RecommendationKind.optional(),
    reason: z.string().min(5).max(2000),
    decidedAt: IsoInstant,
    /** Present when an approver confirmed it (reassignment, replacement, disciplinary review). */
    approvedAt: IsoInstant.optional(),
  })
  .refine((d) => (d.outcome === 'change') === (d.changedTo !== undefined), { message: 'changedTo goes with outcome change, and only with it' });
export type Decision = z.infer<typeof Decision>;

export const SignedDecision = z.strictObject({
  decision: Decision,
  signature: z.string().regex(/^[A-Za-z0-9_-]{85}[AQgw]$/),
});
export type SignedDecision = z.infer<typeof SignedDecision>;

function decisionSigningInput(decision: Decision): Uint8Array | null {
  const bytes = canonicalBytes(decision);
  if (!bytes.ok) return null;
  const label = utf8(`${DECISION_PURPOSE}\n`);
  const out = new Uint8Array(label.length + bytes.value.length);
  out.set(label);
  out.set(bytes.value, label.length);
  return out;
}

/** HQ signs with the same Ed25519 key as receipts (devices pin its public half at enrollment), under its own purpose label. */
export async function signDecision(crypto: BundleCrypto, hqSigningKey: SealKey, fields: Omit<Decision, 'format'>): Promise<SignedDecision> {
  const decision = Decision.parse({ format: DECISION_FORMAT, ...fields });
  const input = decisionSigningInput(decision);
  if (!input) throw new Error('decision fields are plain strings');
  const signature = new Uint8Array(await crypto.sign(ED25519, hqSigningKey, input));
  return { decision, signature: encodeBase64url(signature) };
}

/** Checks the shape and HQ's signature with the key pinned at enrollment. */
export async function verifyDecision(crypto: BundleCrypto, hqSigningPublicKey: string, signed: unknown): Promise<Result<Decision, 'bad_decision'>> {
  const parsed = SignedDecision.safeParse(signed);
  if (!parsed.success) return fail('bad_decision', 'shape');
  const { decision, signature } = parsed.data;
  const publicKey = decodeBase64url(hqSigningPublicKey);
  const signatureBytes = decodeBase64url(signature);
  const input = decisionSigningInput(decision);
  if (publicKey?.length !== 32 || signatureBytes?.length !== 64 || !input) return fail('bad_decision', 'key');
  try {
    const key = await crypto.importKey('raw', publicKey, ED25519, true, ['verify']);
    if (!(await crypto.verify(ED25519, key, signatureBytes, input))) return fail('bad_decision', 'signature');
  } catch {
    return fail('bad_decision', 'signature');
  }
  return ok(decision);
}
