import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../domain/inspection';
import { chainHash, verifyChain, type ChainedEvent } from './audit-chain';
import { nodeSubtle as subtle } from './test-support';

const INSPECTION = '0190a000-0000-7000-8000-000000000001';

const event = (seq: number, detail: AuditEvent['detail'] = {}): AuditEvent => ({
  id: `ev-${seq}`,
  inspectionId: INSPECTION,
  seq,
  at: new Date(Date.UTC(2025, 0, 1) + seq * 1000).toISOString(),
  actor: 'inspector-1',
  type: 'answer.saved',
  detail,
});

async function buildChain(events: AuditEvent[]): Promise<ChainedEvent[]> {
  const chain: ChainedEvent[] = [];
  for (const e of events) {
    const h = await chainHash(subtle, chain.at(-1)?.hash ?? null, e);
    if (!h.ok) throw new Error('unhashable');
    chain.push({ event: e, hash: h.value });
  }
  return chain;
}

const brokenAt = async (chain: readonly ChainedEvent[]): Promise<string> => {
  const r = await verifyChain(subtle, chain);
  return r.ok ? 'ok' : `${r.error.code}@${r.error.detail ?? ''}`;
};

const detailArb = fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)), { maxKeys: 3 });
/** A chain of 2..8 events and an index into it. */
const chainArb = fc
  .array(detailArb, { minLength: 2, maxLength: 8 })
  .chain((details) => fc.tuple(fc.constant(details), fc.nat({ max: details.length - 1 })));

describe('audit chain', () => {
  it('verifies a valid chain and an empty one; the first hash is anchored on GENESIS', async () => {
    const chain = await buildChain([event(1), event(2), event(3)]);
    expect(await brokenAt(chain)).toBe('ok');
    expect(await brokenAt([])).toBe('ok');
    expect(chain[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await chainHash(subtle, 'GENESIS', event(1))).toEqual(await chainHash(subtle, null, event(1)));
  });

  it('detects a mutated event or hash at its index', async () => {
    await fc.assert(
      fc.asyncProperty(chainArb, fc.boolean(), async ([details, i], mutateHash) => {
        const chain = await buildChain(details.map((d, k) => event(k + 1, d)));
        const target = chain[i];
        if (target === undefined) throw new Error('index out of range');
        chain[i] = mutateHash
          ? { ...target, hash: target.hash.replace(/^./, (c) => (c === '0' ? '1' : '0')) }
          : { ...target, event: { ...target.event, actor: `${target.event.actor}x` } };
        expect(await brokenAt(chain)).toBe(`broken_chain@${i}`);
      }),
    );
  });

  it('detects a removed (not last) event and a swap at the first index that moved', async () => {
    await fc.assert(
      fc.asyncProperty(chainArb, async ([details, pick]) => {
        const chain = await buildChain(details.map((d, k) => event(k + 1, d)));
        const i = Math.min(pick, chain.length - 2);
        const removed = chain.filter((_, k) => k !== i);
        expect(await brokenAt(removed)).toBe(`broken_chain@${i}`);
        const swapped = [...chain];
        const [a, b] = [chain[i], chain[i + 1]];
        if (a === undefined || b === undefined) throw new Error('index out of range');
        [swapped[i], swapped[i + 1]] = [b, a];
        expect(await brokenAt(swapped)).toBe(`broken_chain@${i}`);
      }),
    );
  });

  it('rejects an event from another inspection and a renumbered chain', async () => {
    const chain = await buildChain([event(1), event(2), { ...event(3), inspectionId: '0190a000-0000-7000-8000-000000000002' }]);
    expect(await brokenAt(chain)).toBe('broken_chain@2');
    expect(await brokenAt(await buildChain([event(2), event(3)]))).toBe('broken_chain@0');
  });
});
