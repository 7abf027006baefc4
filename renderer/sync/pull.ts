import { z } from 'zod';
import { ChecklistTemplate } from '../../shared/catalogue/schema';
import { Office, Official, Roster } from '../../shared/domain/roster';
import type { FieldDatabase } from '../db';
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
/** The device reads only which inspection a decision is about; the rest is kept as HQ sent it. */
const DecisionsBody = z.object({ decisions: z.array(z.looseObject({ id: z.string().min(1).max(64), inspectionId: z.string().min(1).max(64) })) });

type Store = (db: FieldDatabase, body: unknown, etag: string | undefined) => Promise<boolean>;

const STORES: Readonly<Record<PulledResource, Store>> = {
  templates: async (db, body, etag) => {
    const parsed = TemplatesBody.safeParse(body);
    if (!parsed.success) return false;
    await savePulledTemplates(db, parsed.data.templates, etag);
    return true;
  },
  roster: async (db, body, etag) => {
    const parsed = RosterBody.safeParse(body);
    if (!parsed.success) return false;
    const roster: Roster = { source: 'hq', version: etag ?? 'hq', offices: parsed.data.offices, officials: parsed.data.officials };
    await savePulledRoster(db, roster, etag);
    return true;
  },
  decisions: async (db, body, etag) => {
    const parsed = DecisionsBody.safeParse(body);
    if (!parsed.success) return false;
    await savePulledDecisions(db, parsed.data.decisions, etag);
    return true;
  },
};

/** Conditional GETs with the stored ETags; a failed resource does not stop the others. */
export async function pullFromHq(db: FieldDatabase, client: HqClient): Promise<PullSummary> {
  const results = {} as Record<PulledResource, PullResult>;
  for (const resource of ['templates', 'roster', 'decisions'] as const) {
    const answer = await client.pull(`/v1/${resource}`, await pulledEtag(db, resource));
    if (!answer.ok) results[resource] = { error: answer.error.code };
    else if (answer.value.notModified) results[resource] = 'unchanged';
    else results[resource] = (await STORES[resource](db, answer.value.body, answer.value.etag)) ? 'updated' : { error: 'bad_response' };
  }
  return { outcome: 'completed', results };
}
