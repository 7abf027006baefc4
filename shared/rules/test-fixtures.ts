import type { Finding, FindingKind, FindingSubject, ViolationCategory } from '../domain/finding';
import type { Severity } from '../catalogue/schema';
import type { PriorFinding } from './rule-types';

export const OFFICIAL = 'off-001';
export const ON_DATE = '2026-11-23';
export const INSPECTION_ID = '0193f3a2-7c1e-7d2a-9b1e-3c4d5e6f7a8b';

let counter = 0;
/** Deterministic v4-shaped uuids for fixtures. */
export const uuid = (): string => {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
};

export function finding(
  kind: FindingKind,
  severity: Severity,
  category?: ViolationCategory,
  officialId: string | null = OFFICIAL,
): Finding {
  const subject: FindingSubject = officialId === null ? { type: 'office' } : { type: 'official', officialId };
  const base = {
    id: uuid(),
    inspectionId: INSPECTION_ID,
    subject,
    severity,
    itemIds: ['badge-worn'],
    citations: ['3476/BHXH-TCCB#2.2'],
    narrative: 'observed at the desk',
    observedAt: `${ON_DATE}T03:00:00.000Z`,
    status: 'open' as const,
  };
  if (kind === 'commendable') return { ...base, kind, ...(category === undefined ? {} : { category }) };
  return { ...base, kind, category: category ?? 'timeliness' };
}

/** An earlier finding about OFFICIAL, `daysBefore` Vietnam days before ON_DATE. */
export function prior(kind: FindingKind, status: 'open' | 'closed', daysBefore: number): PriorFinding {
  const at = new Date(Date.parse(`${ON_DATE}T03:00:00.000Z`) - daysBefore * 86_400_000).toISOString();
  return { id: uuid(), subject: { type: 'official', officialId: OFFICIAL }, kind, status, observedAt: at };
}
