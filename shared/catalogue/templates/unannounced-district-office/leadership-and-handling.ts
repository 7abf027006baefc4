import type { ChecklistSection } from '../../schema';
import { scale5, YES_NO } from '../responses';

export const leadershipSection: ChecklistSection = {
  id: 'leadership-internal-inspection',
  title: { vi: 'Vai trò người đứng đầu và kiểm tra nội bộ', en: 'Leadership and internal inspection' },
  items: [
    {
      id: 'lead-01-directives-explained',
      prompt: {
        vi: 'Công điện 968/CĐ-TTg và Công văn 3476/BHXH-TCCB đã được quán triệt tới toàn thể cán bộ của đơn vị',
        en: 'Telegram 968/CĐ-TTg and Dispatch 3476/BHXH-TCCB have been explained to all of the office’s staff',
      },
      guidance: {
        vi: 'Đề nghị xem biên bản họp quán triệt hoặc danh sách ký nhận. Hỏi ngẫu nhiên một cán bộ về yêu cầu chính của các văn bản này.',
        en: 'Ask for the minutes of the briefing or the signed attendance list. Ask a staff member at random what these documents mainly require.',
      },
      sources: ['3476/BHXH-TCCB#1', '968/CĐ-TTg'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'low',
    },
    {
      id: 'lead-02-internal-inspections',
      prompt: {
        vi: 'Đơn vị có kế hoạch và thực hiện kiểm tra công vụ nội bộ, trong đó có kiểm tra đột xuất',
        en: 'The office plans and carries out internal public-service inspections, including unannounced ones',
      },
      guidance: {
        vi: 'Đề nghị xem kế hoạch kiểm tra nội bộ năm và biên bản các lần kiểm tra trong 6 tháng gần nhất; đếm số lần kiểm tra đột xuất.',
        en: 'Ask for the annual internal inspection plan and the records of inspections in the last six months; count the unannounced ones.',
      },
      sources: ['3476/BHXH-TCCB#2.1', '1251/BHXH-TCCB#2', '2371/BHXH-PC'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'medium',
    },
    {
      id: 'lead-03-previous-findings-fixed',
      prompt: {
        vi: 'Giám đốc trực tiếp chỉ đạo khắc phục các tồn tại, hạn chế nêu trong kết luận kiểm tra lần trước',
        en: 'The Director personally directs the correction of shortcomings found by the previous inspection',
      },
      guidance: {
        vi: 'Đề nghị xem kết luận kiểm tra gần nhất và báo cáo khắc phục; kiểm tra tại chỗ 1–2 tồn tại đơn vị báo cáo đã khắc phục xong.',
        en: 'Ask for the latest inspection conclusion and the follow-up report; check on the spot one or two shortcomings the office reports as fixed.',
      },
      sources: ['3476/BHXH-TCCB#1', '2165/CT-BHXH'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'medium',
    },
  ],
};

export const praiseHandlingSection: ChecklistSection = {
  id: 'praise-handling',
  title: { vi: 'Biểu dương, khen thưởng và xử lý cán bộ', en: 'Praise, reward and handling of officials' },
  items: [
    {
      id: 'ph-01-timely-praise',
      prompt: {
        vi: 'Tập thể, cá nhân làm tốt, dám nghĩ, dám làm vì lợi ích chung được biểu dương, khen thưởng kịp thời',
        en: 'Teams and individuals who do well, and who dare to think and act for the common good, are praised or rewarded promptly',
      },
      guidance: {
        vi: 'Đề nghị xem các quyết định khen thưởng, biểu dương trong 12 tháng gần nhất và thành tích nêu trong đó; hỏi đơn vị có đề nghị khen thưởng đột xuất nào không.',
        en: 'Ask for the commendation and praise decisions of the last 12 months and the achievements they cite; ask whether the office has proposed any one-off commendations.',
      },
      sources: ['3476/BHXH-TCCB#2.1', '1251/BHXH-TCCB#4'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'low',
    },
    {
      id: 'ph-02-weak-officials-handled',
      prompt: {
        vi: 'Cán bộ năng lực yếu, né tránh, đùn đẩy, không đáp ứng yêu cầu công việc đã được xem xét, thay thế hoặc điều chuyển sang công việc khác kịp thời',
        en: 'Officials with weak capacity, or who evade, shift work or fail to meet job requirements, have been reviewed, replaced or moved to other work in time',
      },
      guidance: {
        vi: 'Hỏi Giám đốc về các trường hợp đã bị nhắc nhở hoặc kiểm điểm trong 12 tháng gần nhất và biện pháp đã áp dụng; đề nghị xem văn bản liên quan. Chọn “Không áp dụng” nếu đơn vị không có trường hợp nào và đoàn không phát hiện trường hợp nào.',
        en: 'Ask the Director about officials reminded or reviewed in the last 12 months and the measures taken; ask for the related documents. Choose “Not applicable” if there were no such cases and the team found none.',
      },
      sources: ['3476/BHXH-TCCB#2.1', '1251/BHXH-TCCB#2', '968/CĐ-TTg'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'high',
    },
    {
      id: 'ph-03-harassment-dealt-with',
      prompt: {
        vi: 'Hành vi gây phiền hà, sách nhiễu, tiêu cực đã phát hiện được xử lý nghiêm và công khai',
        en: 'Any harassment, obstruction or misconduct that came to light has been dealt with firmly and openly',
      },
      guidance: {
        vi: 'Đối chiếu sổ tiếp nhận phản ánh, kiến nghị và kết quả kiểm tra nội bộ với các quyết định xử lý. Chọn “Không áp dụng” nếu không có trường hợp nào.',
        en: 'Compare the feedback register and internal inspection results with the decisions taken. Choose “Not applicable” if there were no cases.',
      },
      sources: ['1251/BHXH-TCCB#3', '3476/BHXH-TCCB#2.5', '2371/BHXH-PC'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'high',
    },
  ],
};

export const decree73Section: ChecklistSection = {
  id: 'decree-73',
  title: {
    vi: 'Thực hiện Nghị định 73/2023/NĐ-CP về bảo vệ cán bộ dám nghĩ, dám làm',
    en: 'Decree 73/2023/NĐ-CP on protecting officials who dare to act',
  },
  items: [
    {
      id: 'd73-01-decree-explained',
      prompt: {
        vi: 'Nghị định 73/2023/NĐ-CP đã được quán triệt tới cán bộ, công chức, viên chức của đơn vị',
        en: 'Decree 73/2023/NĐ-CP has been explained to the office’s officials and public employees',
      },
      guidance: {
        vi: 'Đề nghị xem biên bản hoặc tài liệu phổ biến Nghị định và danh sách cán bộ tham dự.',
        en: 'Ask for the minutes or material used to explain the Decree and the list of staff who attended.',
      },
      sources: ['3476/BHXH-TCCB#2.4', '73/2023/NĐ-CP'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'low',
    },
    {
      id: 'd73-02-official-understands',
      prompt: {
        vi: 'Mức độ hiểu biết của cán bộ được hỏi về cơ chế bảo vệ cán bộ dám nghĩ, dám làm',
        en: 'How well the official questioned understands the protection for officials who dare to act',
      },
      guidance: {
        vi: 'Hỏi riêng cán bộ: nếu có đề xuất đổi mới, cần những điều kiện gì để được bảo vệ? Điểm 1: chưa biết Nghị định; điểm 5: nêu được đề xuất phải được cấp có thẩm quyền cho phép thực hiện, vì lợi ích chung và không vụ lợi.',
        en: 'Ask the official privately: if you made an innovative proposal, what would make you eligible for protection? Score 1: has not heard of the Decree; 5: explains that the proposal must be approved by the competent authority and made for the common good, without self-interest.',
      },
      sources: ['73/2023/NĐ-CP', '3476/BHXH-TCCB#2.4'],
      subject: 'official',
      response: scale5(3, { vi: 'Chưa biết', en: 'Not aware' }, { vi: 'Hiểu rõ', en: 'Understands well' }),
      evidenceRequired: false,
      severity: 'low',
    },
    {
      id: 'd73-03-proposals-considered',
      prompt: {
        vi: 'Đề xuất đổi mới, sáng tạo của cán bộ (nếu có) được tiếp nhận, xem xét và có ý kiến của cấp có thẩm quyền',
        en: 'Officials’ innovative proposals, if any, are received, considered and decided on by the competent level',
      },
      guidance: {
        vi: 'Hỏi đơn vị có đề xuất nào trong 12 tháng gần nhất; đề nghị xem đề xuất và văn bản đồng ý hoặc không đồng ý cho thực hiện. Chọn “Không áp dụng” nếu không có đề xuất.',
        en: 'Ask whether there were any proposals in the last 12 months; ask to see the proposal and the written decision allowing or refusing it. Choose “Not applicable” if there were none.',
      },
      sources: ['73/2023/NĐ-CP', '3476/BHXH-TCCB#2.4'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'low',
    },
  ],
};
