import { SCENARIO_FORMAT, type Scenario } from '../scenario';
import { count, scale, YES } from './key-parts';

const OFFICE = 'TRAIN-PA-03';

/** Good work found on inspection is recorded for praise or reward (3476/BHXH-TCCB#2.1, 1251/BHXH-TCCB#4). */
export const exemplaryBacklogCleared: Scenario = {
  format: SCENARIO_FORMAT,
  id: 'exemplary-backlog-cleared',
  version: 1,
  title: {
    vi: 'Cán bộ chủ động giải quyết dứt điểm hồ sơ tồn đọng',
    en: 'An official who cleared a backlog on her own initiative',
  },
  summary: {
    vi: 'Một viên chức tự đề xuất cách làm và giải quyết xong 146 hồ sơ tồn đọng trong ba tuần; kiểm tra không phát hiện tồn tại nào của cá nhân.',
    en: 'An officer proposed her own plan and cleared 146 overdue dossiers in three weeks; the inspection finds nothing wrong with her own work.',
  },
  situation: {
    vi: 'Đoàn kiểm tra trách nhiệm cá nhân của viên chức Phan Thị Ngọc Lan, Tổ Thu và Cấp sổ, thẻ, BHXH cơ sở Hòa Mỹ (tập huấn). Đầu quý, một đồng nghiệp nghỉ ốm dài ngày để lại 146 hồ sơ cấp lại thẻ BHYT đã quá hạn. Không ai giao, chị Lan viết đề xuất gửi Tổ trưởng: phân loại hồ sơ theo mức cấp thiết (người đang điều trị bệnh được ưu tiên), gọi điện cho từng người dân báo ngày trả kết quả, phối hợp với bộ phận công nghệ thông tin in thẻ theo lô. Đề xuất được Giám đốc đồng ý. Trong ba tuần, chị giải quyết xong cả 146 hồ sơ; mỗi hồ sơ trễ hẹn đều có Phiếu xin lỗi và hẹn lại ngày trả kết quả. Phần mềm cho thấy mọi hồ sơ giao chị trong 30 ngày gần nhất đều đúng hạn và hiện chị không giữ hồ sơ nào quá hạn. Phiếu kiểm soát không có hồ sơ nào bị chị trả về hoặc chuyển qua lại. Khi được hỏi, chị trình bày đúng khâu mình phụ trách, thời hạn xử lý và nơi chuyển hồ sơ tiếp theo. Đơn vị cho đoàn xem 9 thư cảm ơn của người dân và văn bản của BHXH tỉnh đề nghị đơn vị chia sẻ cách làm của chị. Sổ theo dõi không có phản ánh, kiến nghị nào về chị.',
    en: 'The team is assessing the personal responsibility of officer Phan Thị Ngọc Lan, Contributions and Books Team, Hòa Mỹ (training) district office. Early in the quarter a colleague on long sick leave left 146 overdue health-insurance card reissues. Without being asked, Ms Lan wrote a proposal to her team leader: sort the files by urgency (people in treatment first), phone each applicant with a date for the result, and have the IT desk print the cards in batches. The Director approved it. In three weeks she cleared all 146; every late file had an apology and new-date slip. The software shows that every dossier assigned to her in the last 30 days was on time, and she holds nothing overdue. The control slips show no file she sent back or passed around. Asked, she correctly explains her step, its time limit and where the file goes next. The office shows the team nine thank-you letters from citizens and a letter from the provincial office asking it to share her method. The feedback register has no complaint about her.',
  },
  template: { id: 'individual-responsibility', version: 1 },
  office: {
    code: OFFICE,
    name: 'BHXH cơ sở Hòa Mỹ (tập huấn)',
    province: 'Tỉnh Phú An (giả định)',
    address: 'Số 3 đường Thực Hành, phường Hòa Mỹ, tỉnh Phú An (giả định)',
    demo: true,
  },
  officials: [
    { id: 'train-hm-lan', officeCode: OFFICE, fullName: 'Phan Thị Ngọc Lan', position: 'Viên chức', unit: 'Tổ Thu và Cấp sổ, thẻ', demo: true },
    { id: 'train-hm-quang', officeCode: OFFICE, fullName: 'Đỗ Minh Quang', position: 'Tổ trưởng', unit: 'Tổ Thu và Cấp sổ, thẻ', demo: true },
  ],
  targetMinutes: 20,
  key: {
    answers: [
      {
        itemId: 'ir-02-knows-own-step',
        accept: [YES],
        why: { vi: 'Chị Lan trình bày đúng khâu, thời hạn và nơi chuyển hồ sơ tiếp theo.', en: 'Ms Lan correctly explains her step, its time limit and where the file goes next.' },
        citations: ['3476/BHXH-TCCB#2.2', '1251/BHXH-TCCB#1'],
      },
      {
        itemId: 'ir-04-handled-on-time',
        accept: [YES],
        why: { vi: 'Mọi hồ sơ giao chị trong 30 ngày gần nhất đều đúng hạn. Hồ sơ tồn đọng chị nhận lại từ đồng nghiệp không phải do chị để chậm.', en: 'Everything assigned to her in the last 30 days was on time. The backlog she took over was not of her making.' },
        citations: ['3476/BHXH-TCCB#2.2', '280/CĐ-TTg'],
      },
      {
        itemId: 'ir-05-overdue-items-held',
        accept: [count(0)],
        why: { vi: 'Tại ngày kiểm tra chị không giữ hồ sơ nào quá hạn.', en: 'On the day of inspection she holds nothing overdue.' },
        citations: ['3476/BHXH-TCCB#2.1', '1251/BHXH-TCCB#3'],
      },
      {
        itemId: 'ir-10-no-evasion',
        accept: [YES],
        why: { vi: 'Phiếu kiểm soát không có hồ sơ bị trả về hoặc chuyển qua lại; chị nhận thêm việc khó chứ không né tránh.', en: 'The control slips show no file sent back or passed around; she took on hard work rather than avoiding it.' },
        citations: ['3476/BHXH-TCCB#2.1', '1251/BHXH-TCCB#2'],
      },
      {
        itemId: 'ir-12-initiative',
        accept: [scale(5), scale(4)],
        why: { vi: 'Có minh chứng cụ thể: đề xuất bằng văn bản được Giám đốc đồng ý, 146 hồ sơ được giải quyết, thư cảm ơn, BHXH tỉnh đề nghị chia sẻ cách làm. Đúng mô tả điểm 5 (điểm 4 cũng chấp nhận).', en: 'Concrete evidence: a written proposal the Director approved, 146 files cleared, thank-you letters, the provincial office asking to share the method. That is the description of a 5 (a 4 is also accepted).' },
        citations: ['1251/BHXH-TCCB#4', '73/2023/NĐ-CP'],
      },
    ],
    findings: [
      {
        subject: { type: 'official', officialId: 'train-hm-lan' },
        kind: 'commendable',
        categories: [],
        minSeverity: 'high',
        recommendations: ['commendation'],
        itemIds: ['ir-12-initiative', 'ir-13-work-to-praise', 'ir-04-handled-on-time'],
        why: {
          vi: 'Việc làm tốt phải được ghi nhận thành nội dung phát hiện, không chỉ là “không có vi phạm”. Kết quả vượt yêu cầu, có minh chứng và được cấp trên ghi nhận: mức cao, quy tắc đề xuất khen thưởng (khen thưởng đột xuất). Chị không có nội dung vi phạm nào đang mở, nên đề xuất không bị chặn. HQ và cấp có thẩm quyền quyết định.',
          en: 'Good work is recorded as a finding, not just as “nothing wrong”. Results beyond what was asked, with evidence and recognised by the provincial office: high, and the rules propose a commendation (a one-off commendation). She has no open adverse finding, so nothing blocks it. HQ and the competent authority decide.',
        },
        citations: ['3476/BHXH-TCCB#2.1', '1251/BHXH-TCCB#4'],
      },
    ],
    dueProcess: [],
  },
};
