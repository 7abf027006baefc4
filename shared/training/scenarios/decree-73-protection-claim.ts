import { SCENARIO_FORMAT, type Scenario } from '../scenario';
import { count, EXPLANATION_STEP, scale, YES } from './key-parts';

const OFFICE = 'TRAIN-PA-04';

/** An official claims Decree 73/2023 protection for a bold, approved decision (3476/BHXH-TCCB#2.4). */
export const decree73ProtectionClaim: Scenario = {
  format: SCENARIO_FORMAT,
  id: 'decree-73-protection-claim',
  version: 1,
  title: {
    vi: 'Cán bộ đề nghị được bảo vệ theo Nghị định 73/2023/NĐ-CP',
    en: 'An official claims protection under Decree 73/2023/NĐ-CP',
  },
  summary: {
    vi: 'Một tổ trưởng đã được Giám đốc cho phép thực hiện cách làm mới để phục vụ 212 người lao động; bốn hồ sơ thường lệ bị trả muộn, và tổ trưởng đề nghị được bảo vệ vì dám làm vì lợi ích chung.',
    en: 'A team leader, with the Director’s written approval, tried a new way of serving 212 workers; four ordinary dossiers came back late, and he asks for protection as someone who dared to act for the common good.',
  },
  situation: {
    vi: 'Kiểm tra đột xuất BHXH cơ sở Hưng Phú (tập huấn). Hai tháng trước, một doanh nghiệp may trên địa bàn ngừng hoạt động; 212 người lao động cần giải quyết hồ sơ gấp. Tổ trưởng Tổ Chế độ BHXH Đặng Minh Khoa trình Giám đốc Lương Thị Mai tờ trình đề xuất: tổ chức tiếp nhận hồ sơ lưu động tại nhà văn hóa xã vào hai ngày cuối tuần và tạm điều hai cán bộ của tổ sang việc này trong ba tuần. Giám đốc ký đồng ý bằng văn bản hai ngày sau; đoàn được xem và chụp ảnh tờ trình và văn bản đồng ý. Toàn bộ 212 hồ sơ được giải quyết đúng hạn. Trong ba tuần đó, bốn hồ sơ chế độ ốm đau thường lệ của tổ bị trả muộn 2–3 ngày; sổ theo dõi có bản lưu Phiếu xin lỗi và hẹn lại ngày trả kết quả của cả bốn hồ sơ, ghi rõ lý do. Đến nay cả bốn đã có kết quả; sổ theo dõi không còn hồ sơ nào quá hạn. Đơn vị có biên bản hội nghị quán triệt Nghị định 73/2023/NĐ-CP kèm danh sách cán bộ ký tham dự. Hỏi riêng, anh Khoa nêu đúng: đề xuất phải được cấp có thẩm quyền cho phép, vì lợi ích chung, không vụ lợi. Khi đoàn trao đổi về bốn hồ sơ trả muộn, anh Khoa giải trình rằng anh đã cân nhắc và chấp nhận rủi ro này để 212 người lao động không bị lỡ hạn, và đề nghị đoàn ghi nhận anh được bảo vệ theo Nghị định 73/2023/NĐ-CP: đề xuất là tờ trình tiếp nhận lưu động, người phê duyệt là Giám đốc Lương Thị Mai, căn cứ là kết quả 212 hồ sơ đúng hạn và anh không có lợi ích riêng.',
    en: 'Unannounced inspection of the Hưng Phú (training) district office. Two months ago a garment company in the district closed; 212 workers needed their files handled urgently. Benefits Team leader Đặng Minh Khoa submitted a written proposal to Director Lương Thị Mai: take in files at the commune hall on two weekends and move two of his staff to this work for three weeks. The Director approved it in writing two days later; the team sees and photographs the proposal and the approval. All 212 files were settled on time. During those three weeks, four ordinary sickness-benefit files of his team came back 2–3 days late; the log holds the file copies of the apology and new-date slips for all four, each giving the reason. All four have since been settled; nothing in the log is overdue now. The office has the minutes of the meeting that explained Decree 73/2023/NĐ-CP, with the signed attendance list. Asked privately, Mr Khoa correctly says a proposal must be approved by the competent authority and made for the common good, without self-interest. When the team discusses the four late files, Mr Khoa explains that he weighed this risk and accepted it so that 212 workers would not miss their deadlines, and asks the team to record that he claims protection under Decree 73/2023/NĐ-CP: the proposal is the mobile-reception plan, approved by Director Lương Thị Mai, on the grounds that all 212 files were on time and he had no personal interest.',
  },
  template: { id: 'unannounced-district-office', version: 1 },
  office: {
    code: OFFICE,
    name: 'BHXH cơ sở Hưng Phú (tập huấn)',
    province: 'Tỉnh Phú An (giả định)',
    address: 'Số 20 đường Mô Phỏng, xã Hưng Phú, tỉnh Phú An (giả định)',
    demo: true,
  },
  officials: [
    { id: 'train-hp-khoa', officeCode: OFFICE, fullName: 'Đặng Minh Khoa', position: 'Tổ trưởng', unit: 'Tổ Chế độ BHXH', demo: true },
    { id: 'train-hp-mai', officeCode: OFFICE, fullName: 'Lương Thị Mai', position: 'Giám đốc', unit: 'Ban Giám đốc', demo: true },
  ],
  targetMinutes: 30,
  key: {
    answers: [
      {
        itemId: 'proc-02-overdue-dossiers',
        accept: [count(0)],
        why: { vi: 'Câu hỏi đếm hồ sơ đang quá hạn mà chưa có kết quả; cả bốn hồ sơ trả muộn đã có kết quả.', en: 'The item counts files past their date with no result yet; all four late files have been settled.' },
        citations: ['3476/BHXH-TCCB#2.5'],
      },
      {
        itemId: 'proc-03-apology-for-late-results',
        accept: [YES],
        why: { vi: 'Cả bốn hồ sơ trả muộn đều có bản lưu Phiếu xin lỗi ghi rõ lý do.', en: 'All four late files have a file copy of the apology slip stating the reason.' },
        citations: ['118/2025/NĐ-CP', '01/2018/TT-VPCP'],
      },
      {
        itemId: 'd73-01-decree-explained',
        accept: [YES],
        why: { vi: 'Có biên bản hội nghị quán triệt và danh sách ký tham dự.', en: 'There are minutes of the briefing and a signed attendance list.' },
        citations: ['3476/BHXH-TCCB#2.4', '73/2023/NĐ-CP'],
      },
      {
        itemId: 'd73-02-official-understands',
        accept: [scale(5), scale(4)],
        why: { vi: 'Anh Khoa nêu đủ các điều kiện: được cấp có thẩm quyền cho phép, vì lợi ích chung, không vụ lợi (điểm 5; điểm 4 cũng chấp nhận).', en: 'Mr Khoa names the conditions: approval by the competent authority, the common good, no self-interest (a 5; a 4 is also accepted).' },
        citations: ['73/2023/NĐ-CP', '3476/BHXH-TCCB#2.4'],
      },
      {
        itemId: 'd73-03-proposals-considered',
        accept: [YES],
        why: { vi: 'Đề xuất có tờ trình và văn bản đồng ý của Giám đốc: đã được cấp có thẩm quyền xem xét, quyết định.', en: 'The proposal has a written submission and the Director’s written approval: the competent level considered and decided it.' },
        citations: ['73/2023/NĐ-CP', '3476/BHXH-TCCB#2.4'],
      },
    ],
    findings: [
      {
        subject: { type: 'official', officialId: 'train-hp-khoa' },
        kind: 'violation',
        categories: ['timeliness'],
        minSeverity: 'low',
        recommendations: ['reminder', 'review'],
        itemIds: ['proc-03-apology-for-late-results', 'proc-02-overdue-dossiers'],
        protectionClaim: true,
        why: {
          vi: 'Bốn hồ sơ trả muộn là sự việc có thật và vẫn được ghi thành nội dung phát hiện về chậm trễ; quy tắc đề xuất nhắc nhở (kiểm điểm nếu đánh giá nghiêm trọng). Đoàn không tự quyết định anh Khoa có được bảo vệ hay không: đề nghị bảo vệ theo Nghị định 73/2023/NĐ-CP được ghi vào nội dung phát hiện và đi cùng đề xuất lên HQ; việc loại trừ, miễn hoặc giảm trách nhiệm do cấp có thẩm quyền xem xét.',
          en: 'The four late files happened and are still recorded as a finding of delay; the rules propose a reminder (a review if judged high). The team does not decide on the spot whether Mr Khoa is protected: his claim under Decree 73/2023/NĐ-CP is recorded on the finding and travels with the recommendation to HQ; excluding, exempting or reducing responsibility is for the competent authority.',
        },
        citations: ['3476/BHXH-TCCB#2.4', '73/2023/NĐ-CP', '3476/BHXH-TCCB#2.1'],
      },
    ],
    dueProcess: [
      {
        check: 'protection_claim_recorded',
        why: {
          vi: 'Cán bộ đề nghị được bảo vệ theo Nghị định 73/2023/NĐ-CP: phải ghi nhận đề nghị (đề xuất là gì, ai phê duyệt, ngày nào, căn cứ) trên nội dung phát hiện để HQ thấy bên cạnh đề xuất xử lý.',
          en: 'The official claims protection under Decree 73/2023/NĐ-CP: record the claim (what was proposed, who approved it and when, the grounds) on the finding so HQ sees it beside the recommendation.',
        },
        citations: ['73/2023/NĐ-CP', '3476/BHXH-TCCB#2.4'],
      },
      EXPLANATION_STEP,
    ],
  },
};
