import { SCENARIO_FORMAT, type Scenario } from '../scenario';
import { count, evidenceStep, EXPLANATION_STEP, NO, YES } from './key-parts';

const OFFICE = 'TRAIN-PA-02';

/** A reply to another unit's request for opinion: late, and without a position (3476/BHXH-TCCB#2.3). */
export const vagueLateConsultationReply: Scenario = {
  format: SCENARIO_FORMAT,
  id: 'vague-late-consultation-reply',
  version: 1,
  title: {
    vi: 'Trả lời xin ý kiến chậm và chung chung',
    en: 'A late, vague reply to a request for opinion',
  },
  summary: {
    vi: 'Một chuyên viên trả lời văn bản xin ý kiến của BHXH tỉnh chậm 14 ngày, không nêu rõ quan điểm về hai câu hỏi được hỏi, và còn giữ một văn bản khác đã quá hạn.',
    en: 'An officer answers the provincial office’s request for opinion 14 days late, takes no position on the two questions asked, and still holds another overdue request.',
  },
  situation: {
    vi: 'Đoàn kiểm tra trách nhiệm cá nhân của chuyên viên Võ Đức Minh, Tổ Chế độ BHXH, BHXH cơ sở Tân Lập (tập huấn). Bảng phân công nhiệm vụ do Giám đốc ký ghi rõ anh Minh được giao soạn thảo văn bản trả lời xin ý kiến về chế độ ốm đau; đoàn chụp ảnh trang có tên anh. Sổ công văn đến cho thấy: văn bản xin ý kiến số 45 (giả định) của Phòng Chế độ BHXH, BHXH tỉnh, về dự thảo hướng dẫn giải quyết chế độ ốm đau cho người lao động làm ca đêm, đề nghị trả lời trước ngày 10; văn bản này được giao anh Minh ngày 2. Văn bản trả lời do anh Minh soạn được ký gửi ngày 24, chậm 14 ngày, trong vòng 30 ngày trước ngày kiểm tra. Văn bản xin ý kiến hỏi hai điểm: cách tính số ngày nghỉ với ca đêm, và có cần giấy xác nhận của cơ sở khám chữa bệnh hay không. Văn bản trả lời chỉ có một câu: “BHXH cơ sở cơ bản nhất trí với dự thảo, đề nghị đơn vị chủ trì nghiên cứu, hoàn thiện theo quy định.” Trên bàn anh Minh còn một văn bản xin ý kiến của Phòng Quản lý thu, hạn trả lời đã qua 5 ngày, chưa có dự thảo trả lời; ngoài ra không còn hồ sơ, văn bản nào quá hạn. Đoàn chụp ảnh hai văn bản xin ý kiến và văn bản trả lời. Anh Minh giải trình: “Tôi đang phải giải quyết nhiều hồ sơ. Hai câu hỏi đó khó, chưa có hướng dẫn, tôi trả lời chung để không bị sai.”',
    en: 'The team is assessing the personal responsibility of officer Võ Đức Minh, Benefits Team, Tân Lập (training) district office. The task table signed by the Director says Mr Minh drafts the office’s replies to requests for opinion on sickness benefits; the team photographs the page with his name. The incoming-mail register shows request no. 45 (fictional) from the provincial Benefits Division on draft guidance for sickness benefits for night-shift workers, reply requested by the 10th; it was assigned to Mr Minh on the 2nd. The reply he drafted was signed and sent on the 24th, 14 days late, within the 30 days before the inspection. The request asked two things: how to count days off for night shifts, and whether a certificate from the health facility is needed. The reply is one sentence: “The district office broadly agrees with the draft and asks the lead unit to study and finalise it according to the rules.” On Mr Minh’s desk lies another request for opinion, from the Contributions Division, five days past its deadline with no draft reply; nothing else he holds is overdue. The team photographs both requests and the reply. Mr Minh explains: “I have a lot of dossiers to handle. Those two questions are hard and there is no guidance yet, so I answered in general terms to avoid being wrong.”',
  },
  template: { id: 'individual-responsibility', version: 1 },
  office: {
    code: OFFICE,
    name: 'BHXH cơ sở Tân Lập (tập huấn)',
    province: 'Tỉnh Phú An (giả định)',
    address: 'Số 8 đường Diễn Tập, xã Tân Lập, tỉnh Phú An (giả định)',
    demo: true,
  },
  officials: [
    { id: 'train-tl-minh', officeCode: OFFICE, fullName: 'Võ Đức Minh', position: 'Chuyên viên', unit: 'Tổ Chế độ BHXH', demo: true },
    { id: 'train-tl-thu', officeCode: OFFICE, fullName: 'Hồ Thị Thu', position: 'Giám đốc', unit: 'Ban Giám đốc', demo: true },
  ],
  targetMinutes: 25,
  key: {
    answers: [
      {
        itemId: 'ir-01-written-assignment',
        accept: [YES],
        why: { vi: 'Bảng phân công có chữ ký Giám đốc ghi rõ phần việc của anh Minh: trách nhiệm đã được cá thể hóa.', en: 'The signed task table states Mr Minh’s work: his responsibility is assigned to him personally.' },
        citations: ['3476/BHXH-TCCB#2.2', '1251/BHXH-TCCB#1'],
      },
      {
        itemId: 'ir-04-handled-on-time',
        accept: [NO],
        why: { vi: 'Văn bản trả lời gửi chậm 14 ngày, trong 30 ngày gần nhất: không đạt.', en: 'The reply went out 14 days late, within the last 30 days: the item fails.' },
        citations: ['3476/BHXH-TCCB#2.2', '280/CĐ-TTg'],
      },
      {
        itemId: 'ir-05-overdue-items-held',
        accept: [count(1)],
        why: { vi: 'Anh Minh đang giữ đúng một văn bản quá hạn: văn bản xin ý kiến của Phòng Quản lý thu. Văn bản đã trả lời (dù muộn) không còn tính là đang giữ.', en: 'Mr Minh holds exactly one overdue item: the Contributions Division’s request. The reply already sent, late as it was, is no longer held.' },
        citations: ['3476/BHXH-TCCB#2.1', '1251/BHXH-TCCB#3'],
      },
      {
        itemId: 'ir-06-clear-views',
        accept: [NO],
        why: { vi: 'Trả lời muộn và “cơ bản nhất trí” mà không nêu quan điểm về hai điểm được hỏi là trả lời chung chung, né tránh, đúng điều 3476 ý 3 mục (2) yêu cầu không được làm.', en: 'A late “broadly agrees” that takes no position on the two questions asked is the vague, evasive reply that 3476 part (2) bullet 3 rules out.' },
        citations: ['3476/BHXH-TCCB#2.3'],
      },
    ],
    findings: [
      {
        subject: { type: 'official', officialId: 'train-tl-minh' },
        kind: 'violation',
        categories: ['consultation', 'timeliness'],
        minSeverity: 'medium',
        recommendations: ['reminder', 'review'],
        itemIds: ['ir-06-clear-views', 'ir-04-handled-on-time', 'ir-05-overdue-items-held'],
        why: {
          vi: 'Vi phạm về xin và trả lời ý kiến (hoặc chậm trễ), mức trung bình như mức của câu hỏi: quy tắc đề xuất nhắc nhở; nếu đánh giá nghiêm trọng thì đề xuất kiểm điểm. Lời giải trình “vấn đề khó, chưa có hướng dẫn” không thay cho việc nêu rõ quan điểm hoặc báo cáo vướng mắc lên cấp có thẩm quyền.',
          en: 'A consultation lapse (or a delay), medium like the item: the rules propose a reminder, or a review if judged high. “The questions are hard and there is no guidance” does not replace stating a position or reporting the difficulty to the competent level.',
        },
        citations: ['3476/BHXH-TCCB#2.3', '3476/BHXH-TCCB#2.1'],
      },
    ],
    dueProcess: [EXPLANATION_STEP, evidenceStep(['3476/BHXH-TCCB#2.3'])],
  },
};
