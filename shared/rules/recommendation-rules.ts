import type { ViolationCategory } from '../domain/finding';
import type { Severity } from '../catalogue/schema';
import type { BlockRule, RecommendationRule, RuleFacts } from './rule-types';

/** Version of the rule table; a change to any rule is a new version. */
export const RULESET_VERSION = '2026-11-23';

const isViolation = (facts: RuleFacts, categories: readonly ViolationCategory[]): boolean =>
  facts.finding.kind === 'violation' && categories.includes(facts.finding.category);
/** Reassignment, replacement and discipline are measures for a person, never for an office. */
const aboutOfficial = (facts: RuleFacts): boolean => facts.finding.subject.type === 'official';
const isOneOf = (severity: Severity, allowed: readonly Severity[]): boolean => allowed.includes(severity);
const MINOR: readonly Severity[] = ['low', 'medium'];
const SERIOUS: readonly Severity[] = ['high', 'critical'];
/** Evading, harassing or pushing work onto citizens: personnel measures (3476#2.5, 1251#2). */
const PERSONNEL: readonly ViolationCategory[] = ['evasion', 'harassment', 'pushing_onto_citizens'];

/** 3476/BHXH-TCCB applies from its issue date; rules citing it start then. */
const FROM_3476 = '2023-10-25';
const PRAISE_CITES = ['3476/BHXH-TCCB#2.1', '1251/BHXH-TCCB#4'];
const REVIEW_CITES = ['3476/BHXH-TCCB#2.1', '968/CĐ-TTg'];
const PERSONNEL_CITES = ['3476/BHXH-TCCB#2.1', '3476/BHXH-TCCB#2.5', '1251/BHXH-TCCB#2', '1251/BHXH-TCCB#3'];
const CORRUPTION = {
  vi: 'Có dấu hiệu tiêu cực, đòi hỏi tiền, quà: đề nghị xem xét kỷ luật.',
  en: 'Suspected corruption (asking for money or gifts): propose a disciplinary review.',
};

export const RECOMMENDATION_RULES: readonly RecommendationRule[] = [
  {
    id: 'praise.commendable',
    kind: 'praise',
    // 3476#2.1 and 1251#4: promptly praise those who do their work well.
    citations: PRAISE_CITES,
    effectiveFrom: FROM_3476,
    description: {
      vi: 'Cán bộ, đơn vị có việc làm tốt: đề xuất biểu dương.',
      en: 'Commendable work: propose praise.',
    },
    applies: (f) => f.finding.kind === 'commendable',
  },
  {
    id: 'commendation.exemplary',
    kind: 'commendation',
    // 3476#2.1 and 1251#4: reward exemplary officials (khen thưởng đột xuất).
    citations: PRAISE_CITES,
    effectiveFrom: FROM_3476,
    description: {
      vi: 'Việc làm tiêu biểu, xuất sắc: đề xuất khen thưởng.',
      en: 'Exemplary work (high or critical): propose a commendation.',
    },
    applies: (f) => f.finding.kind === 'commendable' && isOneOf(f.finding.severity, SERIOUS),
  },
  {
    id: 'reminder.timeliness',
    kind: 'reminder',
    // 3476#2.1: tasks and replies on time; a minor delay warrants a reminder.
    citations: ['3476/BHXH-TCCB#2.1'],
    effectiveFrom: FROM_3476,
    description: {
      vi: 'Chậm trễ ở mức nhẹ: đề xuất nhắc nhở.',
      en: 'Minor delay or late reply: propose a reminder.',
    },
    applies: (f) => isViolation(f, ['timeliness']) && isOneOf(f.finding.severity, MINOR),
  },
  {
    id: 'reminder.consultation',
    kind: 'reminder',
    // 3476#2.3: consult only related units and reply with clear views.
    citations: ['3476/BHXH-TCCB#2.3'],
    effectiveFrom: FROM_3476,
    description: {
      vi: 'Xin ý kiến không đúng đơn vị hoặc trả lời không rõ quan điểm, mức nhẹ: đề xuất nhắc nhở.',
      en: 'Minor consultation lapse (unrelated units, vague reply): propose a reminder.',
    },
    applies: (f) => isViolation(f, ['consultation']) && isOneOf(f.finding.severity, MINOR),
  },
  {
    id: 'reminder.conduct',
    kind: 'reminder',
    // 3476#2.2 and the Code of Conduct: badge, attitude, working hours.
    citations: ['3476/BHXH-TCCB#2.2', 'VSS-CoC'],
    effectiveFrom: FROM_3476,
    description: {
      vi: 'Vi phạm nhẹ quy tắc ứng xử (thẻ, thái độ, giờ làm việc): đề xuất nhắc nhở.',
      en: 'Minor Code of Conduct lapse (badge, attitude, hours): propose a reminder.',
    },
    applies: (f) => isViolation(f, ['conduct']) && isOneOf(f.finding.severity, MINOR),
  },
  {
    id: 'review.repeated',
    kind: 'review',
    // 3476#2.1 and 968/CĐ-TTg: review officials who keep falling short.
    citations: REVIEW_CITES,
    effectiveFrom: FROM_3476,
    description: {
      vi: 'Tái phạm trong vòng 12 tháng: đề xuất kiểm điểm.',
      en: 'Repeated violation within 12 months: propose a review.',
    },
    applies: (f) => f.finding.kind === 'violation' && f.repeated,
  },
  {
    id: 'review.serious',
    kind: 'review',
    // 3476#2.1 and 968/CĐ-TTg: a serious or critical lapse is at least reviewed.
    citations: REVIEW_CITES,
    effectiveFrom: FROM_3476,
    description: {
      vi: 'Vi phạm mức nghiêm trọng hoặc đặc biệt nghiêm trọng: tối thiểu đề xuất kiểm điểm.',
      en: 'High or critical violation: propose at least a review.',
    },
    applies: (f) => f.finding.kind === 'violation' && isOneOf(f.finding.severity, SERIOUS),
  },
  {
    id: 'review.office-collective',
    kind: 'review',
    // 3476#2.1: evasion or harassment found at office level → review the collective's responsibility.
    citations: REVIEW_CITES,
    effectiveFrom: FROM_3476,
    description: {
      vi: 'Đơn vị để xảy ra né tránh, sách nhiễu, đẩy trách nhiệm cho người dân hoặc dấu hiệu tiêu cực: đề xuất kiểm điểm trách nhiệm tập thể.',
      en: 'Evasion, harassment, pushing onto citizens or suspected corruption at office level: propose reviewing the collective responsibility.',
    },
    applies: (f) => !aboutOfficial(f) && isViolation(f, [...PERSONNEL, 'suspected_corruption']),
  },
  {
    id: 'reassignment.evasion-harassment',
    kind: 'reassignment',
    // 3476#2.1/#2.5, 1251#2/#3: move evasive or harassing officials to other work.
    citations: PERSONNEL_CITES,
    effectiveFrom: FROM_3476,
    description: {
      vi: 'Né tránh, đùn đẩy, sách nhiễu hoặc đẩy trách nhiệm cho người dân: đề xuất điều chuyển công tác khác.',
      en: 'Evasion, harassment or pushing work onto citizens: propose reassignment.',
    },
    applies: (f) => aboutOfficial(f) && isViolation(f, PERSONNEL),
  },
  {
    id: 'replacement.escalated',
    kind: 'replacement',
    // 3476#2.1/#2.5, 1251#2/#3: replace when it is critical or happens again.
    citations: PERSONNEL_CITES,
    effectiveFrom: FROM_3476,
    description: {
      vi: 'Né tránh, sách nhiễu hoặc đẩy trách nhiệm ở mức đặc biệt nghiêm trọng hoặc tái phạm trong 12 tháng: đề xuất thay thế.',
      en: 'Evasion, harassment or pushing onto citizens, critical or repeated within 12 months: propose replacement.',
    },
    applies: (f) => aboutOfficial(f) && isViolation(f, PERSONNEL) && (f.finding.severity === 'critical' || f.repeated),
  },
  {
    id: 'disciplinary-review.corruption-2020',
    kind: 'disciplinary_review',
    // 1251#3, 2371/BHXH-PC; discipline under Decree 112/2020 until the 2025 rules [M].
    citations: ['1251/BHXH-TCCB#3', '2371/BHXH-PC', '112/2020/NĐ-CP'],
    effectiveFrom: FROM_3476,
    effectiveTo: '2025-06-30',
    description: CORRUPTION,
    applies: (f) => aboutOfficial(f) && isViolation(f, ['suspected_corruption']),
  },
  {
    id: 'disciplinary-review.corruption',
    kind: 'disciplinary_review',
    // 1251#3, 2371/BHXH-PC; the 2025 discipline decree is not in the registry yet [M].
    citations: ['1251/BHXH-TCCB#3', '2371/BHXH-PC'],
    effectiveFrom: '2025-07-01',
    description: CORRUPTION,
    applies: (f) => aboutOfficial(f) && isViolation(f, ['suspected_corruption']),
  },
];

/** Decree 98/2023 Art. 4: no commendation (nor praise) while an adverse finding is open. */
export const BLOCK_RULES: readonly BlockRule[] = [
  {
    id: 'block.decree-98-open-adverse',
    blocks: ['praise', 'commendation'],
    citations: ['98/2023/NĐ-CP'],
    // Effective date of Decree 98/2023 needs confirmation against the official text.
    effectiveFrom: '2024-01-01',
    description: {
      vi: 'Không đề nghị khen thưởng, biểu dương cán bộ đang có nội dung vi phạm chưa kết thúc xem xét (Điều 4 Nghị định 98/2023/NĐ-CP).',
      en: 'No commendation or praise is proposed for an official with an open adverse finding (Decree 98/2023 Art. 4).',
    },
    applies: (f) => f.openAdverseIds.length > 0,
  },
];
