import { SCENARIO_FORMAT, type Scenario } from '../scenario';
import { count, time, YES } from './key-parts';

const OFFICE = 'TRAIN-PA-05';

/** The office head will not sign the record: the refusal is recorded in place of the signature. */
export const officeHeadRefusesToSign: Scenario = {
  format: SCENARIO_FORMAT,
  id: 'office-head-refuses-to-sign',
  version: 1,
  title: {
    vi: 'Giám đốc đơn vị từ chối ký biên bản',
    en: 'The office head refuses to sign the record',
  },
  summary: {
    vi: 'Bộ phận Một cửa mở quầy muộn 22 phút vì họp giao ban; Giám đốc không đồng ý với nội dung phát hiện và từ chối ký biên bản kiểm tra.',
    en: 'The one-stop desk opens 22 minutes late because of a staff briefing; the Director disagrees with the finding and refuses to sign the inspection record.',
  },
  situation: {
    vi: 'Thứ Hai, đoàn đến BHXH cơ sở Bình Minh (tập huấn) lúc 7 giờ 25, không báo trước. Giờ làm việc niêm yết ở cổng: sáng từ 7 giờ 30. Đến 7 giờ 30 quầy vẫn trống; 11 người dân đứng chờ. Toàn bộ cán bộ đang họp giao ban đầu tuần ở tầng hai theo triệu tập của Giám đốc Quách Văn Tài; biên bản các tuần trước cho thấy cuộc họp này thường kéo dài từ 7 giờ 30 đến khoảng 7 giờ 50. Cán bộ đầu tiên ngồi vào quầy và bắt đầu tiếp nhận hồ sơ lúc 7 giờ 52; phần mềm ghi hồ sơ đầu tiên trong ngày lúc 7 giờ 52. Đối chiếu lịch phân công và bảng chấm công: mọi người đều có mặt hoặc có đơn nghỉ phép đã duyệt; không ai vắng mặt không lý do. Đơn vị xuất trình biên bản họp quán triệt Công điện 968/CĐ-TTg và Công văn 3476/BHXH-TCCB kèm danh sách ký nhận của toàn bộ cán bộ. Cuối buổi, khi đoàn đọc biên bản, ông Tài nói: “Họp giao ban là việc của Giám đốc, tôi không đồng ý ghi nội dung này nên không ký.” Phó Giám đốc Lâm Thị Ngọc có mặt và nghe rõ. Trưởng đoàn đã ký biên bản.',
    en: 'On Monday the team arrives at the Bình Minh (training) district office at 7:25, unannounced. The hours posted at the gate: mornings from 7:30. At 7:30 the counters are still empty; 11 citizens are waiting. All the staff are in the weekly briefing upstairs, called by Director Quách Văn Tài; minutes of earlier weeks show it usually runs from 7:30 to about 7:50. The first official sits at the counter and starts receiving files at 7:52; the software logs the day’s first file at 7:52. The duty roster and attendance sheet show everyone present or on approved leave; nobody is absent without reason. The office shows the minutes of the meeting that explained Telegram 968/CĐ-TTg and Dispatch 3476/BHXH-TCCB, signed by all staff. At the end, as the team reads out the record, Mr Tài says: “Staff briefings are the Director’s business. I do not agree with this finding, so I will not sign.” Deputy Director Lâm Thị Ngọc is present and hears it. The team leader has signed the record.',
  },
  template: { id: 'unannounced-district-office', version: 1 },
  office: {
    code: OFFICE,
    name: 'BHXH cơ sở Bình Minh (tập huấn)',
    province: 'Tỉnh Phú An (giả định)',
    address: 'Số 5 đường Luyện Tập, phường Bình Minh, tỉnh Phú An (giả định)',
    demo: true,
  },
  officials: [
    { id: 'train-bm-tai', officeCode: OFFICE, fullName: 'Quách Văn Tài', position: 'Giám đốc', unit: 'Ban Giám đốc', demo: true },
    { id: 'train-bm-ngoc', officeCode: OFFICE, fullName: 'Lâm Thị Ngọc', position: 'Phó Giám đốc', unit: 'Ban Giám đốc', demo: true },
  ],
  targetMinutes: 25,
  key: {
    answers: [
      {
        itemId: 'arr-01-desk-opened-at',
        accept: [time('07:52')],
        why: { vi: 'Cán bộ đầu tiên bắt đầu tiếp nhận hồ sơ lúc 7 giờ 52 (phần mềm khớp), muộn 22 phút so với giờ niêm yết.', en: 'The first official began receiving files at 7:52 (the software agrees), 22 minutes after the posted time.' },
        citations: ['3476/BHXH-TCCB#1'],
      },
      {
        itemId: 'arr-03-unexcused-absences',
        accept: [count(0)],
        why: { vi: 'Mọi người có mặt hoặc có đơn nghỉ đã duyệt: không ai vắng mặt không lý do. Mở quầy muộn là vấn đề khác.', en: 'Everyone was present or on approved leave: nobody was absent without reason. The late opening is a separate matter.' },
        citations: ['3476/BHXH-TCCB#1', '2596/QĐ-BHXH'],
      },
      {
        itemId: 'lead-01-directives-explained',
        accept: [YES],
        why: { vi: 'Có biên bản họp quán triệt và danh sách ký nhận của toàn bộ cán bộ.', en: 'There are minutes of the briefing and a list signed by all staff.' },
        citations: ['3476/BHXH-TCCB#1', '968/CĐ-TTg'],
      },
    ],
    findings: [
      {
        subject: { type: 'office' },
        kind: 'violation',
        categories: ['conduct', 'timeliness'],
        minSeverity: 'medium',
        recommendations: ['reminder', 'review'],
        itemIds: ['arr-01-desk-opened-at'],
        why: {
          vi: 'Nội dung phát hiện về đơn vị: giờ làm việc niêm yết không được thực hiện, người dân phải chờ vì một cuộc họp định kỳ trùng giờ mở quầy. Mức trung bình như mức của câu hỏi: quy tắc đề xuất nhắc nhở (kiểm điểm nếu đánh giá nghiêm trọng). Việc Giám đốc không đồng ý không làm thay đổi nội dung phát hiện.',
          en: 'A finding about the office: the posted hours were not kept and citizens waited because a regular meeting overlaps opening time. Medium, like the item: the rules propose a reminder (a review if judged high). The Director’s disagreement does not change the finding.',
        },
        citations: ['3476/BHXH-TCCB#1', '3476/BHXH-TCCB#2.1'],
      },
    ],
    dueProcess: [
      {
        check: 'refusal_to_sign_recorded',
        why: {
          vi: 'Khi thủ trưởng đơn vị từ chối ký, không bỏ trống và không ký thay: ghi nhận việc từ chối, họ tên, chức vụ và lý do ông Tài nêu ở phần ký của đơn vị, trưởng đoàn vẫn ký; ghi kèm tên người chứng kiến (Phó Giám đốc Lâm Thị Ngọc) cùng lý do. Biên bản vẫn được chốt và gửi HQ.',
          en: 'When the office head refuses to sign, leave nothing blank and never sign for him: record the refusal, his name, position and the reason he gave in the office’s signature place, with the team leader’s signature beside it; name the witness (Deputy Director Lâm Thị Ngọc) along with the reason. The record is still sealed and sent to HQ.',
        },
        citations: ['3476/BHXH-TCCB#2.1', '3476/BHXH-TCCB#1'],
      },
    ],
  },
};
