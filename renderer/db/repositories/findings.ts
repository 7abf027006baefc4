import { FindingDraft, Explanation, ProtectionClaim, type FindingRecord, type StoredProposal } from '../../../shared/domain/finding-record';
import type { Finding } from '../../../shared/domain/finding';
import type { AuditEventType, Inspection } from '../../../shared/domain/inspection';
import { itemsInForce } from '../../../shared/catalogue';
import { transition } from '../../../shared/lifecycle/inspection-lifecycle';
import { CITATION_KEYS } from '../../../shared/catalogue/citations';
import { vietnamDate } from '../../../shared/domain/vietnam-date';
import { overrideRecommendation, recommendationFor } from '../../../shared/rules';
import type { FieldDatabase } from '../index';
import { systemClock, type Clock } from '../clock';
import { appendAudit } from './audit';
import { loadEditableInspection } from './editable';
import { priorFindingsOf } from './official-history';
import { publishedTemplate } from './published-templates';
import { guardWrite, RepositoryError } from './repository-error';

const firstIssue = (error: { issues: readonly { path: readonly PropertyKey[] }[] }): string =>
  error.issues[0]?.path.map(String).join('.') ?? '';

/** The rules' proposal for a finding, from everything known about the same official. */
async function proposalFor(db: FieldDatabase, finding: Finding, inspection: Inspection): Promise<StoredProposal> {
  const history = finding.subject.type === 'official' ? await priorFindingsOf(db, finding.subject.officialId) : [];
  const proposal = recommendationFor(finding, { onDate: vietnamDate(inspection.arrivalAt), history });
  return storedProposal(proposal);
}

const storedProposal = (p: ReturnType<typeof recommendationFor>): StoredProposal => ({
  kind: p.kind,
  ruleId: p.ruleId,
  citations: [...p.citations],
  reason: p.reason,
  rulesetVersion: p.rulesetVersion,
  ...(p.blockedCommendation ? { blockedCommendation: { ...p.blockedCommendation, citations: [...p.blockedCommendation.citations], openFindingIds: [...p.blockedCommendation.openFindingIds] } } : {}),
});

/** A new finding can change what the rules say about the same official's others (repeats, Decree 98 block). */
async function refreshSiblings(db: FieldDatabase, inspection: Inspection, officialId: string | null): Promise<void> {
  if (officialId === null) return;
  const siblings = await db.findings.where('subject.officialId').equals(officialId).filter((f) => f.inspectionId === inspection.id).toArray();
  for (const sibling of siblings) {
    const proposal = await proposalFor(db, sibling, inspection);
    if (JSON.stringify(proposal) === JSON.stringify(sibling.proposal)) continue;
    const override = sibling.override && overrideRecommendation(proposal, sibling.override).ok ? sibling.override : null;
    await db.findings.put({ ...sibling, proposal, override });
  }
}

const TABLES = (db: FieldDatabase) => [db.inspections, db.findings, db.evidence, db.auditEvents, db.officials, db.templates, db.hqHistory, db.decisions];

/** Creates (no `findingId`) or updates a finding from the editor's draft; checks subject, items and citations. */
export function saveFinding(db: FieldDatabase, inspectionId: string, input: unknown, findingId?: string, clock: Clock = systemClock): Promise<FindingRecord> {
  const parsed = FindingDraft.safeParse(input);
  if (!parsed.success) return Promise.reject(new RepositoryError('invalid_input', firstIssue(parsed.error)));
  const draft = parsed.data;
  return guardWrite(() =>
    db.transaction('rw', TABLES(db), async () => {
      const inspection = await loadEditableInspection(db, inspectionId);
      if (draft.subject.type === 'official') {
        const official = await db.officials.get(draft.subject.officialId);
        if (official?.officeCode !== inspection.officeCode) throw new RepositoryError('unknown_official', draft.subject.officialId);
      }
      const template = await publishedTemplate(db, inspection.template);
      const items = new Map((template ? itemsInForce(template, vietnamDate(inspection.arrivalAt)) : []).map((item) => [item.id, item]));
      if (draft.itemIds.some((id) => !items.has(id))) throw new RepositoryError('invalid_input', 'itemIds');
      if (draft.citations.some((key) => !CITATION_KEYS.has(key))) throw new RepositoryError('invalid_input', 'citations');
      // The items' own sources are always cited; the inspector may add more.
      const citations = [...new Set([...draft.itemIds.flatMap((id) => items.get(id)?.sources ?? []), ...draft.citations])];
      const previous = findingId === undefined ? undefined : await db.findings.get(findingId);
      if (findingId !== undefined && previous?.inspectionId !== inspectionId) throw new RepositoryError('not_found', 'finding');
      const at = clock.now();
      const common = {
        id: previous?.id ?? clock.newId(),
        inspectionId,
        subject: draft.subject,
        severity: draft.severity,
        itemIds: draft.itemIds,
        citations,
        narrative: draft.narrative.trim(),
        observedAt: draft.observedAt,
        status: previous?.status ?? ('open' as const),
      };
      const facts: Finding | undefined =
        draft.kind === 'commendable'
          ? { ...common, kind: 'commendable', ...(draft.category === undefined ? {} : { category: draft.category }) }
          : draft.category === undefined
            ? undefined // FindingDraft already refuses a violation without a category
            : { ...common, kind: 'violation', category: draft.category };
      if (facts === undefined) throw new RepositoryError('invalid_input', 'category');
      const proposal = await proposalFor(db, facts, inspection);
      const keptOverride = previous?.override && overrideRecommendation(proposal, previous.override).ok ? previous.override : null;
      const record: FindingRecord = {
        ...facts,
        explanation: previous?.explanation ?? null,
        protectionClaim: previous?.protectionClaim ?? null,
        proposal,
        override: keptOverride,
        createdAt: previous?.createdAt ?? at,
        updatedAt: at,
        createdBy: previous?.createdBy ?? inspection.team.lead,
      };
      await db.findings.put(record);
      const previousOfficial = previous?.subject.type === 'official' ? previous.subject.officialId : null;
      const officialId = facts.subject.type === 'official' ? facts.subject.officialId : null;
      await refreshSiblings(db, inspection, officialId);
      if (previousOfficial !== officialId) await refreshSiblings(db, inspection, previousOfficial);
      await writeAudit(db, inspection, 'finding.saved', at, { findingId: record.id, kind: record.kind, severity: record.severity, created: previous === undefined });
      return record;
    }),
  );
}

/** Logs the change; the first finding of a draft starts it, as the first answer does. */
async function writeAudit(db: FieldDatabase, inspection: Inspection, type: AuditEventType, at: string, detail: Record<string, string | number | boolean | null>) {
  let current: Inspection = { ...inspection, updatedAt: at };
  const started = current.status === 'draft' ? transition('draft', 'start') : null;
  if (started?.ok) {
    current = await appendAudit(db, { ...current, status: started.value }, {
      type: 'inspection.status_changed', actor: inspection.team.lead, at, detail: { from: 'draft', to: started.value, event: 'start' },
    });
  }
  const next = await appendAudit(db, current, { type, actor: inspection.team.lead, at, detail });
  await db.inspections.put(next);
}

/** Deletes a finding and its evidence; only while the inspection is editable. */
export function deleteFinding(db: FieldDatabase, findingId: string, clock: Clock = systemClock): Promise<void> {
  return guardWrite(() =>
    db.transaction('rw', TABLES(db), async () => {
      const finding = await db.findings.get(findingId);
      if (!finding) throw new RepositoryError('not_found', 'finding');
      const inspection = await loadEditableInspection(db, finding.inspectionId);
      await db.evidence.where('findingId').equals(findingId).delete();
      await db.findings.delete(findingId);
      await refreshSiblings(db, inspection, finding.subject.type === 'official' ? finding.subject.officialId : null);
      await writeAudit(db, inspection, 'finding.deleted', clock.now(), { findingId });
    }),
  );
}

/** One change to a finding's due process or recommendation, with its audit event. */
function updateFinding(
  db: FieldDatabase,
  findingId: string,
  type: AuditEventType,
  change: (finding: FindingRecord, inspection: Inspection, at: string) => FindingRecord,
  clock: Clock,
): Promise<FindingRecord> {
  return guardWrite(() =>
    db.transaction('rw', TABLES(db), async () => {
      const finding = await db.findings.get(findingId);
      if (!finding) throw new RepositoryError('not_found', 'finding');
      const inspection = await loadEditableInspection(db, finding.inspectionId);
      const at = clock.now();
      const next = { ...change(finding, inspection, at), updatedAt: at };
      await db.findings.put(next);
      await writeAudit(db, inspection, type, at, { findingId, value: summary(type, next) });
      return next;
    }),
  );
}

/** Audit details say what kind of change happened, never what was written. */
function summary(type: AuditEventType, finding: FindingRecord): string | null {
  if (type === 'finding.explanation_saved') return finding.explanation?.type ?? null;
  if (type === 'finding.protection_saved') return finding.protectionClaim ? 'claimed' : null;
  if (type === 'finding.override_saved') return finding.override ? (finding.override.kind ?? 'none') : null;
  return null;
}

/** The official's explanation or a refusal before a witness; null clears it. */
export function recordExplanation(db: FieldDatabase, findingId: string, input: unknown, clock: Clock = systemClock): Promise<FindingRecord> {
  const at = clock.now();
  const parsed = input === null ? null : Explanation.safeParse({ ...(input as object), recordedAt: at });
  if (parsed && !parsed.success) return Promise.reject(new RepositoryError('invalid_input', firstIssue(parsed.error)));
  const explanation = parsed ? parsed.data : null;
  return updateFinding(db, findingId, 'finding.explanation_saved', (f) => ({ ...assertOfficial(f), explanation }), clock);
}

/** A Decree 73/2023 protection claim; null withdraws it. */
export function recordProtectionClaim(db: FieldDatabase, findingId: string, input: unknown, clock: Clock = systemClock): Promise<FindingRecord> {
  const parsed = input === null ? null : ProtectionClaim.safeParse({ ...(input as object), recordedAt: clock.now() });
  if (parsed && !parsed.success) return Promise.reject(new RepositoryError('invalid_input', firstIssue(parsed.error)));
  const claim = parsed ? parsed.data : null;
  return updateFinding(db, findingId, 'finding.protection_saved', (f) => ({ ...assertOfficial(f), protectionClaim: claim }), clock);
}

/** The inspector's override of the proposal, with a mandatory reason; null returns to the proposal. */
export function setRecommendationOverride(db: FieldDatabase, findingId: string, input: unknown, clock: Clock = systemClock): Promise<FindingRecord> {
  return updateFinding(
    db,
    findingId,
    'finding.override_saved',
    (finding, inspection, at) => {
      if (input === null) return { ...finding, override: null };
      const checked = overrideRecommendation(finding.proposal, input);
      if (!checked.ok) throw new RepositoryError('invalid_input', checked.error.code);
      return { ...finding, override: { ...checked.value.override, at, by: inspection.team.lead } };
    },
    clock,
  );
}

/** Explanations and protection claims belong to a named official, not to the office. */
function assertOfficial(finding: FindingRecord): FindingRecord {
  if (finding.subject.type !== 'official') throw new RepositoryError('invalid_input', 'subject');
  return finding;
}
