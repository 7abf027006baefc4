import type { Severity } from '../catalogue/schema';
import type { FindingSubject, ViolationCategory } from '../domain/finding';
import type { FindingRecord, StoredProposal } from '../domain/finding-record';
import type { Answer, AnswerValue } from '../domain/inspection';
import type { SignOff, Signature } from '../domain/sign-off';
import { recommendationFor, RULESET_VERSION } from '../rules';
import type { Scenario } from './scenario';
import type { TrainingRun } from './score';

/** Builders for training runs in tests: records shaped exactly as the training database holds them. */

export const INSPECTION_ID = '0193f3a2-7c1e-7d2a-9b1e-3c4d5e6f7a8b';
export const ON_DATE = '2026-11-23';
export const AT = `${ON_DATE}T02:00:00.000Z`;

let counter = 0;
/** Deterministic v4-shaped uuids. */
export const uuid = (): string => {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
};

export const answer = (itemId: string, value: AnswerValue | null, revision = 1): Answer => ({
  id: `${INSPECTION_ID}:${itemId}`,
  inspectionId: INSPECTION_ID,
  itemId,
  value,
  note: '',
  answeredAt: AT,
  answeredBy: 'Học viên Tập Huấn',
  revision,
});

export interface FindingSpec {
  readonly subject: FindingSubject;
  readonly kind: 'commendable' | 'violation';
  readonly severity: Severity;
  readonly category?: ViolationCategory;
  readonly explained?: boolean;
  readonly claim?: boolean;
  /** Override the rules' proposal with this kind (null: no recommendation). */
  readonly override?: FindingRecord['proposal']['kind'];
  readonly createdAt?: string;
}

/** A finding record whose proposal comes from the real rules, as the app stores it. */
export function findingRecord(spec: FindingSpec): FindingRecord {
  const common = {
    id: uuid(),
    inspectionId: INSPECTION_ID,
    subject: spec.subject,
    severity: spec.severity,
    itemIds: [],
    citations: [],
    narrative: 'Ghi nhận tại đơn vị.',
    observedAt: AT,
    status: 'open' as const,
  };
  const finding =
    spec.kind === 'violation'
      ? { ...common, kind: 'violation' as const, category: spec.category ?? 'conduct' }
      : { ...common, kind: 'commendable' as const, ...(spec.category === undefined ? {} : { category: spec.category }) };
  const rules = recommendationFor(finding, { onDate: ON_DATE, history: [] });
  const proposal: StoredProposal = { kind: rules.kind, ruleId: rules.ruleId, citations: [...rules.citations], reason: rules.reason, rulesetVersion: RULESET_VERSION };
  return {
    ...finding,
    explanation: spec.explained === true ? { type: 'given', text: 'Tôi xin giải trình như sau.', recordedAt: AT } : null,
    protectionClaim:
      spec.claim === true ? { proposal: 'Tờ trình tiếp nhận lưu động', approvedBy: 'Giám đốc', approvedOn: '2026-09-04', grounds: 'Vì lợi ích chung.', recordedAt: AT } : null,
    proposal,
    override: spec.override === undefined ? null : { kind: spec.override, reason: 'Đoàn cân nhắc lại.', at: AT, by: 'Học viên Tập Huấn' },
    createdAt: spec.createdAt ?? AT,
    updatedAt: spec.createdAt ?? AT,
    createdBy: 'Học viên Tập Huấn',
  };
}

const SIGNATURE: Signature = { name: 'Học viên Tập Huấn', position: 'Trưởng đoàn', image: 'data:image/png;base64,iVBORw0KGgo=', signedAt: AT };

export const signedByBoth = (): SignOff => ({ inspectionId: INSPECTION_ID, lead: SIGNATURE, officeHead: { ...SIGNATURE, name: 'Thủ Trưởng Đơn Vị', position: 'Giám đốc', type: 'signed' } });

export const headRefused = (): SignOff => ({
  inspectionId: INSPECTION_ID,
  lead: SIGNATURE,
  officeHead: { type: 'refused', name: 'Quách Văn Tài', position: 'Giám đốc', reason: 'Không đồng ý với nội dung phát hiện; người chứng kiến: Lâm Thị Ngọc, Phó Giám đốc.', recordedAt: AT },
});

export const emptyRun = (): TrainingRun => ({ answers: [], findings: [], evidence: [], signOff: null, startedAt: AT, finishedAt: AT });

/** The run a trainee who follows the key (and the app's proposals) would record. */
export function runFromKey(scenario: Scenario): TrainingRun {
  const checks = new Set(scenario.key.dueProcess.map((d) => d.check));
  const flagged = scenario.key.findings.some((f) => f.protectionClaim === true);
  const findings = scenario.key.findings.map((e) => {
    const aboutOfficial = e.subject.type === 'official';
    const adverse = e.kind === 'violation';
    return findingRecord({
      subject: e.subject,
      kind: e.kind,
      severity: e.minSeverity ?? 'medium',
      ...(e.categories[0] === undefined ? {} : { category: e.categories[0] }),
      explained: aboutOfficial && adverse,
      claim: checks.has('protection_claim_recorded') && (flagged ? e.protectionClaim === true : aboutOfficial && adverse),
    });
  });
  return {
    answers: scenario.key.answers.flatMap((a) => (a.accept[0] === undefined ? [] : [answer(a.itemId, a.accept[0])])),
    findings,
    evidence: findings.filter((f) => f.kind === 'violation').map((f) => ({ findingId: f.id })),
    signOff: checks.has('refusal_to_sign_recorded') ? headRefused() : signedByBoth(),
    startedAt: AT,
    finishedAt: `${ON_DATE}T02:21:30.000Z`,
  };
}
