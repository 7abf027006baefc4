// A realistic inspection for the printed-record test: one office, two officials,
// ten answers, five findings (praise; an explained violation the team raised to a
// reassignment; a refusal before a witness with a Decree 73 claim; a commendation
// the rules block; an office-level lapse), evidence and both signatures.
import { DEMO_ROSTER } from '../../../shared/roster/demo-roster';
import { itemsInForce } from '../../../shared/catalogue';
import type { ChecklistTemplate } from '../../../shared/catalogue/schema';
import type { Finding } from '../../../shared/domain/finding';
import type { Explanation, FindingRecord, ProtectionClaim, StoredOverride, StoredProposal } from '../../../shared/domain/finding-record';
import type { Answer, AnswerValue } from '../../../shared/domain/inspection';
import type { EvidenceMeta } from '../../../shared/domain/evidence';
import type { AddendumContent, InspectionRecordParts } from '../../../shared/seal/inspection-record';
import { recommendationFor } from '../../../shared/rules/recommendation-engine';
import { vietnamDate } from '../../../shared/domain/vietnam-date';

export const INSPECTION_ID = 'b7e3c1a2-5d4f-4e6a-9b8c-1f2a3d4e5f60';
const ARRIVAL = '2026-11-23T01:15:00.000Z';
const LEAD = 'Trần Văn Bình';
const at = (hhmm: string) => `2026-11-23T${hhmm}:00.000Z`;

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo roster has no ${what}`);
  return value;
}
const office = must(DEMO_ROSTER.offices.find((o) => o.code === 'DEMO-HN-01'), 'DEMO-HN-01');
const hang = must(DEMO_ROSTER.officials.find((o) => o.id === 'DEMO-HN-01-04'), 'DEMO-HN-01-04');
const huy = must(DEMO_ROSTER.officials.find((o) => o.id === 'DEMO-HN-01-05'), 'DEMO-HN-01-05');
export const FIXTURE = { officeName: office.name, officialNames: [hang.fullName, huy.fullName] } as const;

const answer = (itemId: string, value: AnswerValue | null, note = ''): Answer => ({
  id: `${INSPECTION_ID}:${itemId}`, inspectionId: INSPECTION_ID, itemId, value, note, answeredAt: at('01:40'), answeredBy: LEAD, revision: 1,
});

const ANSWERS: Answer[] = [
  answer('arr-01-desk-opened-at', { type: 'time', value: '07:52' }, 'Giờ mở cửa niêm yết: 07:30.'),
  answer('arr-02-staff-at-posts', { type: 'yes_no_na', value: 'yes' }),
  answer('arr-03-unexcused-absences', { type: 'number', value: 1 }, 'Một cán bộ Tổ Thu vắng mặt, không có đơn xin phép.'),
  answer('arr-04-no-personal-business', { type: 'yes_no_na', value: 'no' }, 'Cán bộ quầy số 3 đeo tai nghe xem phim trên điện thoại khi người dân đang chờ.'),
  answer('proc-02-overdue-dossiers', { type: 'number', value: 12 }, '12 hồ sơ chế độ ốm đau quá hạn từ 3 đến 11 ngày.'),
  answer('proc-03-apology-for-late-results', { type: 'yes_no_na', value: 'no' }, 'Không có Phiếu xin lỗi (Mẫu 04) cho các hồ sơ trên.'),
  answer('proc-04-no-extra-papers', { type: 'yes_no_na', value: 'no' }, 'Yêu cầu bản sao sổ hộ khẩu ngoài thành phần hồ sơ.'),
  answer('proc-05-guided-once-in-writing', { type: 'yes_no_na', value: 'yes' }, 'Phiếu hướng dẫn Mẫu 02 đầy đủ, có chữ ký người dân.'),
  answer('d73-02-official-understands', { type: 'scale', value: 2 }, 'Hai cán bộ được hỏi chưa nắm nội dung Nghị định 73/2023/NĐ-CP.'),
  answer('fb-06-citizens-views', { type: 'text', value: 'Người dân phản ánh phải chờ lâu ở quầy trả kết quả; đánh giá cao cán bộ tiếp nhận hồ sơ.' }),
];

type Extras = { explanation?: Explanation; protectionClaim?: ProtectionClaim; override?: StoredOverride };
/** Omit over each member of a union, so `kind` still tells violations from commendable findings. */
type FindingFacts = Finding extends infer F ? (F extends Finding ? Omit<F, 'id' | 'inspectionId' | 'observedAt' | 'status'> : never) : never;
const base = (id: string, time: string, finding: FindingFacts): Finding => ({ ...finding, id, inspectionId: INSPECTION_ID, observedAt: at(time), status: 'open' });

const FINDINGS: [Finding, Extras][] = [
  [base('1c0f6a3e-2b4d-4e5f-8a6b-7c8d9e0f1a21', '01:30', {
    subject: { type: 'official', officialId: hang.id }, kind: 'commendable', severity: 'medium',
    itemIds: ['proc-05-guided-once-in-writing'], citations: ['3476/BHXH-TCCB#2.5', '1251/BHXH-TCCB#4'],
    narrative: 'Bà Phạm Thu Hằng hướng dẫn đầy đủ, một lần bằng văn bản (Mẫu 02) cho 5 người dân có hồ sơ chưa đầy đủ; thái độ niềm nở, giải thích rõ thời hạn trả kết quả.',
  }), {}],
  [base('2d1a7b4f-3c5e-4f6a-9b7c-8d9e0f1a2b32', '01:35', {
    subject: { type: 'official', officialId: huy.id }, kind: 'violation', category: 'conduct', severity: 'medium',
    itemIds: ['arr-04-no-personal-business'], citations: ['2816/QĐ-BNV', 'VSS-CoC', '3476/BHXH-TCCB#2.2'],
    narrative: 'Lúc 08:20, tại quầy trả kết quả số 3, ông Đỗ Quang Huy đeo tai nghe xem phim trên điện thoại trong khi có 4 người dân đang chờ; người dân phải gọi hai lần mới được tiếp.',
  }), {
    explanation: { type: 'given', text: 'Tôi đang chờ phần mềm khởi động lại nên tranh thủ xem điện thoại. Tôi nhận thiếu sót và xin rút kinh nghiệm.', recordedAt: at('02:10') },
    override: {
      kind: 'reassignment', at: at('02:30'), by: LEAD,
      reason: 'Lần thứ ba trong năm đơn vị nhắc nhở cán bộ về việc làm việc riêng tại quầy (sổ theo dõi nội bộ); đề nghị bố trí công việc không trực tiếp tiếp dân.',
    },
  }],
  [base('3e2b8c5a-4d6f-4a7b-8c8d-9e0f1a2b3c43', '01:50', {
    subject: { type: 'official', officialId: huy.id }, kind: 'violation', category: 'timeliness', severity: 'high',
    itemIds: ['proc-02-overdue-dossiers', 'proc-03-apology-for-late-results'], citations: ['3476/BHXH-TCCB#2.5', '01/2018/TT-VPCP'],
    narrative: '12 hồ sơ hưởng chế độ ốm đau do ông Huy phụ trách trả kết quả quá hạn từ 3 đến 11 ngày; không có Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04).',
  }), {
    explanation: {
      type: 'refused', witness: { name: 'Lê Minh Khoa', position: 'Tổ trưởng Một cửa' }, recordedAt: at('02:15'),
      note: 'Ông Huy đề nghị giải trình bằng văn bản sau khi trao đổi với lãnh đạo đơn vị.',
    },
    protectionClaim: {
      proposal: 'Thí điểm gom hồ sơ trả kết quả qua dịch vụ bưu chính công ích theo tuần để giảm số lần người dân phải đến đơn vị.',
      approvedBy: 'Nguyễn Văn An, Giám đốc BHXH cơ sở Đông Mẫu', approvedOn: '2026-09-15', recordedAt: at('02:20'),
      grounds: 'Việc trả kết quả chậm phát sinh do chờ đợt gửi bưu chính theo phương án thí điểm đã được Giám đốc phê duyệt; cán bộ thực hiện đúng phương án, không vì lợi ích cá nhân.',
    },
  }],
  [base('4f3c9d6b-5e7a-4b8c-9d9e-0f1a2b3c4d54', '02:00', {
    subject: { type: 'official', officialId: huy.id }, kind: 'commendable', severity: 'low', itemIds: [], citations: ['1251/BHXH-TCCB#4'],
    narrative: 'Ông Huy chủ động đưa một người dân cao tuổi đến quầy tiếp nhận và hỗ trợ điền tờ khai.',
  }), {}],
  [base('5a4d0e7c-6f8b-4c9d-8e0f-1a2b3c4d5e65', '01:45', {
    subject: { type: 'office' }, kind: 'violation', category: 'pushing_onto_citizens', severity: 'medium',
    itemIds: ['proc-04-no-extra-papers'], citations: ['3476/BHXH-TCCB#2.5'],
    narrative: 'Bộ phận Một cửa yêu cầu người dân nộp thêm bản sao sổ hộ khẩu đối với hồ sơ cấp lại thẻ BHYT, ngoài thành phần hồ sơ đã công bố.',
  }), { explanation: { type: 'given', text: 'Giám đốc đơn vị cho biết đây là yêu cầu tự phát của bộ phận, đã chỉ đạo dừng ngay từ ngày kiểm tra.', recordedAt: at('02:40') } }],
];

/** The rules' proposal, as the finding repository stores it (mutable copies of the engine's arrays). */
function proposalFor(finding: Finding, all: readonly Finding[]): StoredProposal {
  const p = recommendationFor(finding, { onDate: vietnamDate(ARRIVAL), history: all });
  const blocked = p.blockedCommendation;
  return {
    ...p, citations: [...p.citations],
    blockedCommendation: blocked && { ...blocked, citations: [...blocked.citations], openFindingIds: [...blocked.openFindingIds] },
  };
}

const evidence = (n: number, findingId: string, name: string, mediaType: EvidenceMeta['mediaType'], size: number, time: string): EvidenceMeta => ({
  id: `9${String(n)}b1c2d3-e4f5-4a6b-8c7d-8e9f0a1b2c3d`, inspectionId: INSPECTION_ID, findingId, name, mediaType, size,
  kind: mediaType === 'application/pdf' ? 'document' : 'photo',
  sha256: `${String(n)}c47e1d03b5a8f92`.repeat(4), takenAt: at(time), addedAt: at(time),
});

export function fixtureParts(template: ChecklistTemplate, images: { lead: string; officeHead: string }): InspectionRecordParts {
  const facts = FINDINGS.map(([finding]) => finding);
  const findings: FindingRecord[] = FINDINGS.map(([finding, extras]) => ({
    ...finding, explanation: extras.explanation ?? null, protectionClaim: extras.protectionClaim ?? null, override: extras.override ?? null,
    proposal: proposalFor(finding, facts), createdAt: finding.observedAt, updatedAt: finding.observedAt, createdBy: LEAD,
  }));
  const [, f2, f3, , f5] = facts.map((f) => f.id);
  return {
    inspection: {
      id: INSPECTION_ID, officeCode: office.code, template: { id: template.id, version: template.version },
      team: { lead: LEAD, members: ['Lê Thị Thu Trang', 'Nguyễn Hoàng Nam'] }, unannounced: true, arrivalAt: ARRIVAL, status: 'signed',
      createdAt: at('01:10'), updatedAt: at('03:45'), answeredCount: ANSWERS.length,
      itemCount: itemsInForce(template, vietnamDate(ARRIVAL)).length, lastAuditSeq: 57, lastAuditHash: 'a'.repeat(64),
    },
    office, officials: [huy, hang], answers: ANSWERS, findings,
    evidence: [
      evidence(1, f2 ?? '', 'quay-3-tai-nghe-0820.jpg', 'image/jpeg', 2_345_678, '01:20'),
      evidence(2, f3 ?? '', 'so-theo-doi-ho-so-qua-han-thang-11.pdf', 'application/pdf', 845_120, '01:52'),
      evidence(3, f3 ?? '', 'phieu-hen-tra-ket-qua-IMG_20261123_085512.jpg', 'image/jpeg', 1_204_000, '01:55'),
      evidence(4, f5 ?? '', 'yeu-cau-ban-sao-ho-khau.jpg', 'image/jpeg', 980_500, '01:47'),
    ],
    signOff: {
      inspectionId: INSPECTION_ID,
      lead: { name: LEAD, position: 'Trưởng đoàn kiểm tra', image: images.lead, signedAt: at('03:40') },
      officeHead: { type: 'signed', name: 'Nguyễn Văn An', position: 'Giám đốc BHXH cơ sở Đông Mẫu', image: images.officeHead, signedAt: at('03:45') },
    },
    auditHead: { seq: 57, hash: 'a'.repeat(64) },
  };
}

export function fixtureAddendum(parentRecordHash: string): AddendumContent {
  return {
    id: '6b5e1f8d-7a9c-4d0e-9f1a-2b3c4d5e6f76', inspectionId: INSPECTION_ID, number: 1, parentRecordHash, author: LEAD, createdAt: '2026-11-24T02:00:00.000Z',
    text: 'Đơn vị xác nhận lại số hồ sơ quá hạn tại mục 3.2 là 12 hồ sơ; không thay đổi nội dung phát hiện và kiến nghị.',
    reason: 'Đơn vị gửi bảng đối chiếu sổ theo dõi hồ sơ sau buổi kiểm tra.',
  };
}
