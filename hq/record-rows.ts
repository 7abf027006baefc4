import { z } from 'zod';
import type { OpenedBundle } from '../shared/bundle/index';
import { fail, ok, type Result } from '../shared/result';

/**
 * What HQ reads out of a sealed record to index it. Deliberately lenient beyond
 * the fields it needs: the record was sealed and verified as a whole, and is
 * stored whole (jsonb); these rows are for querying it.
 * Shapes: shared/seal/inspection-record.ts and shared/domain/finding-record.ts.
 */
const Id = z.string().min(1).max(64);
const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const RecommendationKind = z.string().min(1).max(64).nullable();

const FindingShape = z.looseObject({
  id: Id,
  kind: z.enum(['commendable', 'violation']),
  severity: z.string().min(1).max(32),
  subject: z.looseObject({ type: z.string(), officialId: Id.optional() }),
  proposal: z.looseObject({ kind: RecommendationKind }).optional(),
  override: z.looseObject({ kind: RecommendationKind }).nullable().optional(),
  citations: z.array(z.string().min(1).max(200)).max(200).optional().catch(undefined),
});

/** Query columns only: a record without these (or with odd ones) still stores; the columns stay empty. */
const OfficeShape = z.looseObject({ name: z.string().max(500).optional().catch(undefined), province: z.string().max(200).optional().catch(undefined) });
const OfficialShape = z.looseObject({ id: Id, fullName: z.string().max(500) });

const EvidenceShape = z.looseObject({
  id: Id,
  sha256: Hex64,
  findingId: Id.optional(),
  mediaType: z.string().min(1).max(100).optional(),
  size: z.number().int().nonnegative(),
});

const InspectionShape = z.looseObject({
  inspection: z.looseObject({ id: Id }),
  office: OfficeShape.optional().catch(undefined),
  officials: z.array(z.unknown()).max(10_000).optional().catch(undefined),
  findings: z.array(FindingShape).default([]),
  evidence: z.array(EvidenceShape).default([]),
});

const AddendumShape = z.looseObject({ inspectionId: Id, number: z.number().int().positive() });

export interface FindingRow {
  readonly id: string;
  readonly official_id: string | null;
  readonly kind: string;
  readonly severity: string;
  readonly recommendation: { effective: string | null; proposal: unknown; override: unknown };
  /** The effective recommendation kind (as `recommendation.effective`), as a column to filter and count on. */
  readonly recommendation_kind: string | null;
  /** Distinct citation keys, sorted. */
  readonly citations: readonly string[];
  /** The official's name in the record's roster snapshot (as they were described on the day). */
  readonly official_name: string | null;
  readonly record: unknown;
}

/** What the inbox and the profiles read per inspection without opening the record (migration 004). */
export interface InspectionFacts {
  readonly province: string | null;
  readonly office_name: string | null;
  readonly findings_count: number;
  readonly adverse_count: number;
  readonly severities: readonly string[];
  readonly recommendation_kinds: readonly string[];
}

export interface EvidenceRow {
  readonly id: string;
  readonly finding_id: string | null;
  readonly sha256: string;
  readonly part_sha256: string;
  readonly media_type: string;
  readonly size: number;
}

export interface InspectionRows {
  readonly kind: 'inspection';
  readonly facts: InspectionFacts;
  readonly findings: readonly FindingRow[];
  readonly evidence: readonly EvidenceRow[];
}

export interface AddendumRows {
  readonly kind: 'addendum';
  readonly inspectionId: string;
  readonly number: number;
}

const unique = (ids: readonly string[]): boolean => new Set(ids).size === ids.length;
const distinctSorted = (values: readonly (string | null)[]): string[] => [...new Set(values.filter((v): v is string => v !== null))].sort();

/** id → fullName of the officials the record names (its roster snapshot); malformed entries are skipped. */
function officialNames(officials: readonly unknown[] | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of officials ?? []) {
    const official = OfficialShape.safeParse(entry);
    if (official.success && !names.has(official.data.id)) names.set(official.data.id, official.data.fullName);
  }
  return names;
}

export function recordRows(opened: OpenedBundle): Result<InspectionRows | AddendumRows, 'malformed_payload' | 'evidence_mismatch'> {
  if (opened.manifest.kind === 'addendum') {
    const addendum = AddendumShape.safeParse(opened.record);
    return addendum.success ? ok({ kind: 'addendum', inspectionId: addendum.data.inspectionId, number: addendum.data.number }) : fail('malformed_payload', 'addendum');
  }
  const parsed = InspectionShape.safeParse(opened.record);
  if (!parsed.success) return fail('malformed_payload', parsed.error.issues[0]?.path.join('.'));
  const { findings, evidence, office } = parsed.data;
  if (!unique(findings.map((f) => f.id)) || !unique(evidence.map((e) => e.id))) return fail('malformed_payload', 'duplicate id');

  const partOf = new Map(opened.evidence.map((e) => [e.sha256, e.part]));
  const evidenceRows: EvidenceRow[] = [];
  for (const item of evidence) {
    const part = partOf.get(item.sha256);
    if (part === undefined) return fail('evidence_mismatch', item.sha256);
    evidenceRows.push({
      id: item.id,
      finding_id: item.findingId ?? null,
      sha256: item.sha256,
      part_sha256: part,
      media_type: item.mediaType ?? 'application/octet-stream',
      size: item.size,
    });
  }
  const names = officialNames(parsed.data.officials);
  const findingRows = findings.map((finding): FindingRow => {
    const proposal = finding.proposal ?? null;
    const override = finding.override ?? null;
    // The override wins when there is one (shared/domain/finding-record.ts effectiveRecommendation).
    const effective = override !== null ? override.kind : (proposal?.kind ?? null);
    const officialId = finding.subject.type === 'official' ? (finding.subject.officialId ?? null) : null;
    return {
      id: finding.id,
      official_id: officialId,
      kind: finding.kind,
      severity: finding.severity,
      recommendation: { effective, proposal, override },
      recommendation_kind: effective,
      citations: distinctSorted(finding.citations ?? []),
      official_name: officialId === null ? null : (names.get(officialId) ?? null),
      record: finding,
    };
  });
  const facts: InspectionFacts = {
    province: office?.province ?? null,
    office_name: office?.name ?? null,
    findings_count: findingRows.length,
    adverse_count: findingRows.filter((f) => f.kind === 'violation').length,
    severities: distinctSorted(findingRows.map((f) => f.severity)),
    recommendation_kinds: distinctSorted(findingRows.map((f) => f.recommendation_kind)),
  };
  return ok({ kind: 'inspection', facts, findings: findingRows, evidence: evidenceRows });
}
