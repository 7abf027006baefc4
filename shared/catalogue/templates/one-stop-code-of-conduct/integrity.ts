import type { ChecklistSection } from '../../schema';
import { ONE_STOP_RULES_FROM, YES_NO } from '../responses';

export const integritySection: ChecklistSection = {
  id: 'integrity',
  title: { vi: 'Liêm chính: không sách nhiễu, không gây phiền hà', en: 'Integrity: no harassment or obstruction' },
  items: [
    {
      id: 'int-01-no-harassment',
      prompt: {
        vi: 'Cán bộ không hách dịch, cửa quyền, sách nhiễu, gây phiền hà cho người dân',
        en: 'The official is not overbearing and does not abuse their position, harass or obstruct citizens',
      },
      guidance: {
        vi: 'Quan sát các lượt giao dịch và, được sự đồng ý, hỏi người dân vừa rời quầy. Nếu có dấu hiệu vi phạm, ghi lời kể của người dân (ẩn danh nếu họ muốn) cùng thời điểm, quầy và tên cán bộ.',
        en: 'Watch the exchanges and, with their consent, ask citizens leaving the counter. If there are signs of a breach, record what the citizen says (anonymously if they prefer) with the time, counter and official’s name.',
      },
      sources: ['2816/QĐ-BNV', '3476/BHXH-TCCB#2.5', '1251/BHXH-TCCB#3', 'VSS-CoC'],
      subject: 'official',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'critical',
    },
    {
      id: 'int-02-no-money-or-gifts',
      prompt: {
        vi: 'Cán bộ không gợi ý, đòi hỏi hoặc nhận tiền, quà của người dân',
        en: 'The official does not hint at, ask for or accept money or gifts from citizens',
      },
      guidance: {
        vi: 'Quan sát việc giao nhận giấy tờ tại quầy; hỏi người dân có bị gợi ý “bồi dưỡng”, “phí dịch vụ” hoặc được giới thiệu người làm hộ có thu tiền không. Ghi ngay lời kể và người làm chứng.',
        en: 'Watch papers changing hands at the counter; ask citizens whether anyone hinted at a “tip” or a “service fee”, or pointed them to a paid go-between. Record the account and any witness at once.',
      },
      sources: ['758/QĐ-BNV', '1251/BHXH-TCCB#3', 'VSS-CoC'],
      subject: 'official',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'critical',
    },
    {
      id: 'int-03-no-pushing-onto-citizens',
      prompt: {
        vi: 'Cán bộ không đẩy việc sang người dân (không bắt người dân tự đi xin xác nhận, tự liên hệ bộ phận khác thay cho cơ quan)',
        en: 'The official does not push work onto citizens (e.g. making them fetch confirmations or contact other desks on the office’s behalf)',
      },
      guidance: {
        vi: 'Lắng nghe cách cán bộ xử lý các hồ sơ vướng mắc; hỏi người dân họ được yêu cầu làm gì tiếp theo và việc đó có thuộc trách nhiệm của cơ quan BHXH không.',
        en: 'Listen to how the official deals with problem dossiers; ask citizens what they were told to do next and whether that is really the social-security office’s job.',
      },
      sources: ['3476/BHXH-TCCB#2.5'],
      subject: 'official',
      response: YES_NO,
      evidenceRequired: false,
      severity: 'high',
    },
    {
      id: 'int-04-refusal-in-writing',
      prompt: {
        vi: 'Cán bộ không từ chối yêu cầu hợp pháp của người dân; hồ sơ không đủ điều kiện tiếp nhận có Phiếu từ chối (Mẫu 03) nêu rõ lý do',
        en: 'The official does not refuse lawful requests; a dossier that cannot be accepted gets a refusal slip (Mẫu 03) stating the reason',
      },
      guidance: {
        vi: 'Đề nghị xem bản lưu Phiếu từ chối tiếp nhận (Mẫu 03) trong tháng và lý do ghi trên phiếu; hỏi người dân có ai bị từ chối bằng lời mà không có phiếu không.',
        en: 'Ask for this month’s file copies of refusal slips (Mẫu 03) and read the reasons given; ask citizens whether anyone was turned away verbally without a slip.',
      },
      sources: ['118/2025/NĐ-CP', '01/2018/TT-VPCP', '2816/QĐ-BNV'],
      subject: 'official',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'high',
      effectiveFrom: ONE_STOP_RULES_FROM,
    },
    {
      id: 'int-05-only-at-the-desk',
      prompt: {
        vi: 'Hồ sơ chỉ được tiếp nhận và trả kết quả tại bộ phận Một cửa hoặc qua kênh trực tuyến, không giao nhận ngoài quầy',
        en: 'Dossiers are received and results returned only at the one-stop desk or online, never handed over elsewhere',
      },
      guidance: {
        vi: 'Quan sát có người dân được dẫn vào phòng làm việc khác hoặc giao nhận hồ sơ ở hành lang, bãi xe không; hỏi nhân viên bảo vệ và người dân về việc này.',
        en: 'Watch for citizens being taken to back offices, or handing over or collecting files in corridors or the car park; ask the guard and citizens about it.',
      },
      sources: ['118/2025/NĐ-CP'],
      subject: 'official',
      response: YES_NO,
      evidenceRequired: false,
      severity: 'high',
      effectiveFrom: ONE_STOP_RULES_FROM,
    },
    {
      id: 'int-06-complainants-protected',
      prompt: {
        vi: 'Tên và thông tin của người phản ánh, tố cáo được giữ bí mật',
        en: 'The names and details of people who complain or report wrongdoing are kept confidential',
      },
      guidance: {
        vi: 'Hỏi ai được mở hòm thư góp ý và ai được xem sổ tiếp nhận phản ánh; kiểm tra sổ không để ở nơi người khác đọc được và danh tính người phản ánh không bị nêu tại các cuộc họp.',
        en: 'Ask who may open the suggestion box and who sees the feedback register; check that the register is not left where others can read it and that complainants are not named at meetings.',
      },
      sources: ['758/QĐ-BNV'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: false,
      severity: 'high',
    },
  ],
};
