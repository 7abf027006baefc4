// Bundled by seal-in-chromium.e2e.ts and evaluated inside Chromium.
import { generateDeviceKey, sealRecord, verifySeal } from '../../../shared/seal/seal';
import { chainHash, verifyChain } from '../../../shared/seal/audit-chain';
import type { SealCrypto } from '../../../shared/seal/subtle';
import type { AuditEvent } from '../../../shared/domain/inspection';
import type { ChainedEvent } from '../../../shared/seal/audit-chain';

const subtle = crypto.subtle as unknown as SealCrypto;
const code = (result: { ok: boolean; error?: { code: string; detail?: string } }) =>
  result.ok ? 'ok' : `${result.error?.code ?? '?'}${result.error?.detail ? `@${result.error.detail}` : ''}`;

export async function selfCheck(): Promise<Record<string, string>> {
  const key = await generateDeviceKey(subtle);
  const other = await generateDeviceKey(subtle);
  const record = { id: 'a1', office: 'DEMO-HN-01', answers: [{ item: 'badge', value: 'no', note: 'Thẻ tên không đeo' }] };
  const sealed = await sealRecord(subtle, key, record, '2026-11-23T08:00:00.000Z');
  if (!sealed.ok) return { seal: sealed.error.code };
  const seal = sealed.value;
  const inspectionId = '00000000-0000-4000-8000-000000000001';
  const event = (seq: number, type: AuditEvent['type']): AuditEvent => ({
    id: `${inspectionId}:${String(seq)}`, inspectionId, seq, at: '2026-11-23T08:00:00.000Z', actor: 'Thanh tra viên', type, detail: { itemId: 'badge' },
  });
  const events = [event(1, 'inspection.created'), event(2, 'answer.saved')];
  const entries: ChainedEvent[] = [];
  let prev: string | null = null;
  for (const entry of events) {
    const hash = await chainHash(subtle, prev, entry);
    if (!hash.ok) return { chain: hash.error.code };
    entries.push({ event: entry, hash: hash.value });
    prev = hash.value;
  }
  const tampered = entries.map((entry, i): ChainedEvent => (i === 1 ? { ...entry, event: { ...entry.event, type: 'answer.note_saved' } } : entry));
  return {
    secureContext: String(window.isSecureContext),
    privateKeyExtractable: String((key.privateKey as unknown as CryptoKey).extractable),
    untouched: code(await verifySeal(subtle, record, seal)),
    changedField: code(await verifySeal(subtle, { ...record, office: 'DEMO-HN-02' }, seal)),
    changedTime: code(await verifySeal(subtle, record, { ...seal, sealedAt: '2026-11-23T09:00:00.000Z' })),
    foreignKey: code(await verifySeal(subtle, record, { ...seal, publicKey: other.publicKeyRaw })),
    chain: code(await verifyChain(subtle, entries)),
    brokenChain: code(await verifyChain(subtle, tampered)),
  };
}
