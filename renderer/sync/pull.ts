import { z } from 'zod';
import { ChecklistTemplate } from '../../shared/catalogue/schema';
import { Office, Official, Roster } from '../../shared/domain/roster';
import { verifyDecision, type BundleCrypto } from '../../shared/bundle/index';
import type { FieldDatabase, StoredDecision } from '../db';
import { pulledEtag, savePulledDecisions, savePulledRoster, savePulledTemplates, type PulledResource } from '../db/repositories/hq-pull';
import type { HqClient } from './hq-client';

/** What became of each pulled resource: fresh data stored, unchanged (304), or an error code. */
export type PullResult = 'updated' | 'unchanged' | { readonly error: string };
export type PullSummary =
  | { readonly outcome: 'not_enrolled' }
  | { readonly outcome: 'completed'; readonly results: Readonly<Record<PulledResource, PullResult>> };

// HQ's roster entries are real officials; the `demo` flag is the device's own, false for them.
const HqOffice = z.preprocess((o) => (typeof o === 'object' && o !== null ? { demo: false, ...o } : o), Office);
const HqOfficial = z.preprocess((o) => (typeof o === 'object' && o !== null ? { demo: false, ...o } : o), Official);

const TemplatesBody = z.object({ templates: z.array(ChecklistTemplate) });
const RosterBody = z.object({ offices: z.array(HqOffice).min(1), officials: z.array(HqOfficial) });
/** Each entry carries HQ's signed decision; the `id`/`inspectionId` beside it are unsigned copies and not trusted. */
const DecisionsBody = z.object({ decisions: z.array(z.looseObject({ decision: z.unknown(), signature: z.unknown() })).max(100_000) });

/** What a store needs besides the body: the crypto and the HQ key pinned at enrollment. */
interface PullContext {
  readonly db: FieldDatabase;
  readonly subtle: BundleCrypto;
  readonly hqSigningPublicKey: string;
  /** ISO time of this pull: when new decisions were received and old ones superseded. */
  readonly now: () => string;
}

type Store = (context: PullContext, body: unknown, etag: string | undefined) => Promise<boolean>;

const STORES: Readonly<Record<PulledResource, Store>> = {
  templates: async ({ db }, body, etag) => {
    const parsed = TemplatesBody.safeParse(body);
    if (!parsed.success) return false;
    await savePulledTemplates(db, parsed.data.templates, etag);
    return true;
  },
  roster: async ({ db }, body, etag) => {
    const parsed = RosterBody.safeParse(body);
    if (!parsed.success) return false;
    const roster: Roster = { source: 'hq', version: etag ?? 'hq', offices: parsed.data.offices, officials: parsed.data.officials };
    await savePulledRoster(db, roster, etag);
    return true;
  },
  decisions: async ({ db, subtle, hqSigningPublicKey, now }, body, etag) => {
    const parsed = DecisionsBody.safeParse(body);
    if (!parsed.success) return false;
    const verified: StoredDecision[] = [];
    for (const entry of parsed.data.decisions) {
      const decision = await verifyDecision(subtle, hqSigningPublicKey, { decision: entry.decision, signature: entry.signature });
      // One decision HQ's pinned key did not sign and the whole answer is refused: keep what we have.
      // (verified means the signature is a string; the check tells the compiler.)
      if (!decision.ok || typeof entry.signature !== 'string') return false;
      verified.push({ ...decision.value, signature: entry.signature });
    }
    // HQ answers the current set: what it no longer serves is kept as superseded; coverage may acknowledge.
    await savePulledDecisions(db, verified, etag, now());
    return true;
  },
};

/** Conditional GETs with the stored ETags; a failed resource does not stop the others. */
export async function pullFromHq(context: PullContext, client: HqClient): Promise<PullSummary> {
  const { db } = context;
  const results = {} as Record<PulledResource, PullResult>;
  for (const resource of ['templates', 'roster', 'decisions'] as const) {
    const answer = await client.pull(`/v1/${resource}`, await pulledEtag(db, resource));
    if (!answer.ok) results[resource] = { error: answer.error.code };
    else if (answer.value.notModified) results[resource] = 'unchanged';
    else results[resource] = (await STORES[resource](context, answer.value.body, answer.value.etag)) ? 'updated' : { error: 'bad_response' };
  }
  return { outcome: 'completed', results };
}
