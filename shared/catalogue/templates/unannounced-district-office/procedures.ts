import type { ChecklistSection } from '../../schema';
import { count, ONE_STOP_RULES_FROM, YES_NO } from '../responses';

export const proceduresSection: ChecklistSection = {
  id: 'administrative-procedures',
  title: { vi: 'Giải quyết thủ tục hành chính và hồ sơ', en: 'Handling of administrative procedures and dossiers' },
  items: [
    {
      id: 'proc-01-dossier-log-up-to-date',
      prompt: {
        vi: 'Sổ theo dõi hồ sơ (Mẫu 06) hoặc sổ điện tử tương đương được cập nhật đầy đủ đến ngày kiểm tra',
        en: 'The dossier log (Mẫu 06), or its electronic equivalent, is complete up to the day of inspection',
      },
      guidance: {
        vi: 'Đề nghị xem sổ theo dõi hồ sơ của bộ phận Một cửa. Đối chiếu 5 hồ sơ tiếp nhận hôm nay và hôm qua với sổ: ngày nhận, ngày hẹn trả, ngày trả thực tế. Chụp ảnh các trang đã đối chiếu.',
        en: 'Ask to see the one-stop desk’s dossier log. Check five dossiers received today and yesterday against it: date received, promised date, actual return date. Photograph the pages you checked.',
      },
      // Form number from Circular 01/2018/TT-VPCP; the one-stop rule in force is Decree 118/2025.
      sources: ['118/2025/NĐ-CP', '01/2018/TT-VPCP', '3476/BHXH-TCCB#2.5'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'medium',
      effectiveFrom: ONE_STOP_RULES_FROM,
    },
    {
      id: 'proc-02-overdue-dossiers',
      prompt: {
        vi: 'Số hồ sơ đã quá hạn giải quyết trong sổ theo dõi',
        en: 'Number of overdue dossiers in the log',
      },
      guidance: {
        vi: 'Lọc trong sổ theo dõi hoặc phần mềm các hồ sơ đã quá ngày hẹn trả mà chưa có kết quả; ghi số lượng và in hoặc chụp ảnh danh sách làm minh chứng.',
        en: 'Filter the log or the software for dossiers past their promised date with no result yet; record the number and print or photograph the list as evidence.',
      },
      sources: ['3476/BHXH-TCCB#2.5'],
      subject: 'office',
      response: count({ vi: 'hồ sơ', en: 'dossiers' }, 10000),
      evidenceRequired: true,
      severity: 'high',
    },
    {
      id: 'proc-03-apology-for-late-results',
      prompt: {
        vi: 'Mỗi hồ sơ trả kết quả muộn đều có Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) gửi người dân',
        en: 'Every dossier returned late has an apology and new-date slip (Mẫu 04) sent to the applicant',
      },
      guidance: {
        vi: 'Với các hồ sơ quá hạn ở câu trên, đề nghị xem bản lưu Phiếu xin lỗi (Mẫu 04): có ghi lý do chậm, ngày hẹn mới và chữ ký của người có thẩm quyền không. Chụp ảnh bản lưu.',
        en: 'For the overdue dossiers above, ask for the file copies of the apology slips (Mẫu 04): check that they give the reason for the delay, the new date and the competent person’s signature. Photograph them.',
      },
      sources: ['118/2025/NĐ-CP', '01/2018/TT-VPCP', '2816/QĐ-BNV'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'high',
      effectiveFrom: ONE_STOP_RULES_FROM,
    },
    {
      id: 'proc-04-no-extra-papers',
      prompt: {
        vi: 'Đơn vị không yêu cầu người dân nộp giấy tờ ngoài thành phần hồ sơ đã công bố',
        en: 'The office asks applicants for no papers beyond the published list for the procedure',
      },
      guidance: {
        vi: 'Chọn 5 hồ sơ tiếp nhận trong tháng; đối chiếu giấy tờ đã thu với thành phần hồ sơ niêm yết của thủ tục đó. Hỏi 2–3 người dân đang chờ xem họ có bị yêu cầu nộp thêm giấy tờ nào khác không.',
        en: 'Pick five dossiers received this month; compare the papers collected with the published list for that procedure. Ask two or three waiting applicants whether they were asked for any other papers.',
      },
      sources: ['3476/BHXH-TCCB#2.5', '118/2025/NĐ-CP'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'high',
      effectiveFrom: ONE_STOP_RULES_FROM,
    },
    {
      id: 'proc-05-guided-once-in-writing',
      prompt: {
        vi: 'Hồ sơ chưa đầy đủ được hướng dẫn một lần, đầy đủ, bằng văn bản (Mẫu 02)',
        en: 'Applicants with an incomplete dossier are told once, fully and in writing what is missing (Mẫu 02)',
      },
      guidance: {
        vi: 'Đề nghị xem bản lưu Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) trong tháng; kiểm tra có người dân nào phải bổ sung nhiều lần cho cùng một hồ sơ không.',
        en: 'Ask for the file copies of the requests to complete a dossier (Mẫu 02) issued this month; check whether any applicant had to add papers more than once for the same dossier.',
      },
      sources: ['118/2025/NĐ-CP', '01/2018/TT-VPCP'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'high',
      effectiveFrom: ONE_STOP_RULES_FROM,
    },
    {
      id: 'proc-06-not-pushed-onto-citizens',
      prompt: {
        vi: 'Đơn vị không đẩy trách nhiệm giải quyết thủ tục hành chính sang người dân, doanh nghiệp',
        en: 'The office does not push the work of handling procedures back onto citizens and businesses',
      },
      guidance: {
        vi: 'Hỏi người dân và xem hồ sơ: có trường hợp người dân phải tự đi xin xác nhận, tự liên hệ cơ quan khác hoặc tự mang hồ sơ giữa các bộ phận trong khi việc đó thuộc trách nhiệm của cơ quan BHXH không?',
        en: 'Ask citizens and look at dossiers: were applicants made to fetch confirmations themselves, contact other agencies, or carry files between desks when that is the social-security office’s job?',
      },
      sources: ['3476/BHXH-TCCB#2.5'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: false,
      severity: 'high',
    },
    {
      id: 'proc-07-pending-dossiers-reviewed',
      prompt: {
        vi: 'Lãnh đạo đơn vị thường xuyên rà soát, kiểm tra các hồ sơ thủ tục hành chính đang giải quyết',
        en: 'The office’s leaders regularly review the dossiers still being processed',
      },
      guidance: {
        vi: 'Đề nghị xem biên bản, báo cáo hoặc kết luận giao ban có nội dung rà soát hồ sơ tồn đọng. Hỏi Giám đốc lần rà soát gần nhất là khi nào và đã xử lý những hồ sơ nào.',
        en: 'Ask for minutes, reports or briefing notes that cover the review of pending dossiers. Ask the Director when the last review was and which dossiers it dealt with.',
      },
      sources: ['3476/BHXH-TCCB#2.5'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'medium',
    },
    {
      id: 'proc-08-digital-handling',
      prompt: {
        vi: 'Hồ sơ được tiếp nhận, xử lý trên phần mềm; người dân có nhu cầu được hướng dẫn nộp hồ sơ trực tuyến',
        en: 'Dossiers are received and processed in the software; citizens who wish to are shown how to file online',
      },
      guidance: {
        vi: 'Quan sát quầy tiếp nhận: hồ sơ có được nhập vào phần mềm ngay khi nhận không? Hỏi cán bộ cách hướng dẫn người dân nộp hồ sơ trực tuyến và xem tài liệu hướng dẫn có sẵn tại khu vực chờ không.',
        en: 'Watch the reception desk: are dossiers entered into the software as soon as they are received? Ask the official how they show citizens to file online, and look for how-to material in the waiting area.',
      },
      sources: ['2371/BHXH-PC'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: false,
      severity: 'low',
    },
  ],
};
