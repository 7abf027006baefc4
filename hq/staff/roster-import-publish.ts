import { z } from 'zod';
import { Office, Official } from '../../shared/domain/roster';
import type { PublishedVersion, RosterReport } from '../../shared/hq/admin';
import { withTransaction, type Db } from '../db/pool';
import { currentPublished, etagOf } from '../published';
import { writeAudit } from './audit';
import type { RosterRead } from './roster-import';

// Loose: the first-start demo roster carries `demo: true`, HQ's own `false`; older bodies may lack it.
const CurrentRoster = z.object({ offices: z.array(Office.partial({ demo: true })), officials: z.array(Official.partial({ demo: true })) });

type Changes = RosterReport['changes'];

function changesAgainst(current: z.infer<typeof CurrentRoster>, read: RosterRead): Changes {
  const oldOffices = new Map(current.offices.map((o) => [o.code, o]));
  const oldOfficials = new Map(current.officials.map((o) => [o.id, o]));
  const newOffices = new Set(read.offices.map((o) => o.code));
  const newOfficials = new Set(read.officials.map((o) => o.id));
  const officeChanged = (o: Office): boolean => {
    const old = oldOffices.get(o.code);
    return old !== undefined && (old.name !== o.name || old.province !== o.province || old.address !== o.address);
  };
  const officialChanged = (o: Official): boolean => {
    const old = oldOfficials.get(o.id);
    return old !== undefined && (old.officeCode !== o.officeCode || old.fullName !== o.fullName || old.position !== o.position || old.unit !== o.unit);
  };
  return {
    addedOffices: read.offices.filter((o) => !oldOffices.has(o.code)).length,
    addedOfficials: read.officials.filter((o) => !oldOfficials.has(o.id)).length,
    removedOfficials: current.officials.filter((o) => !newOfficials.has(o.id)).length,
    changedOfficials: read.officials.filter(officialChanged).length,
    removedOffices: current.offices.filter((o) => !newOffices.has(o.code)).length,
    changedOffices: read.offices.filter(officeChanged).length,
  };
}

/** What the file holds and what publishing it would change; `valid` is false when any row has an error. */
export async function rosterReport(db: Db, read: RosterRead): Promise<RosterReport> {
  const current = await currentPublished(db, 'roster');
  const parsed = CurrentRoster.safeParse(current?.body ?? { offices: [], officials: [] });
  return {
    valid: read.errors.length === 0,
    rows: read.rows,
    offices: read.offices.length,
    officials: read.officials.length,
    errors: read.errors,
    omittedErrors: read.omittedErrors,
    changes: changesAgainst(parsed.success ? parsed.data : { offices: [], officials: [] }, read),
  };
}

const PUBLISH_LOCK = 0x696b_7270; // "ikrp"

/**
 * Publishes a valid roster as the new `roster` document (it replaces the whole
 * roster on every device at its next pull). The body keeps the shape devices
 * read (renderer/sync/pull.ts) and adds `source` and `version`, so even an
 * unchanged roster gets a new ETag. Counts only in the audit row: no names.
 */
export async function publishRoster(db: Db, read: RosterRead, report: RosterReport, userId: string): Promise<PublishedVersion> {
  if (read.errors.length > 0) throw new Error('publishRoster needs a roster without errors');
  return withTransaction(db, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [PUBLISH_LOCK]);
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM published WHERE kind = 'roster' AND version LIKE 'hq-%'`);
    const version = `hq-${String((rows[0]?.n ?? 0) + 1)}`;
    const body = { source: 'hq', version, offices: read.offices, officials: read.officials };
    const etag = etagOf(body);
    await client.query('INSERT INTO published (kind, version, body, etag, published_at) VALUES ($1, $2, $3, $4, clock_timestamp())', ['roster', version, JSON.stringify(body), etag]);
    await writeAudit(client, {
      userId,
      action: 'roster.imported',
      target: version,
      detail: { rows: read.rows, offices: read.offices.length, officials: read.officials.length, changes: report.changes },
    });
    return { version, etag };
  });
}
