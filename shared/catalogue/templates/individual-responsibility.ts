import type { ChecklistTemplate } from '../schema';
import { count, ONE_STOP_RULES_FROM, scale5, text, YES_NO } from './responses';

/** Trách nhiệm cá nhân trong xử lý công việc (3476/BHXH-TCCB part 2, 1251/BHXH-TCCB, 280/CĐ-TTg). */
export const individualResponsibility: ChecklistTemplate = {
  id: 'individual-responsibility',
  version: 1,
  publishedOn: '2026-11-01',
  title: {
    vi: 'Trách nhiệm cá nhân trong xử lý công việc',
    en: 'Individual responsibility in handling work',
  },
  description: {
    vi: 'Đánh giá trách nhiệm của từng cán bộ được kiểm tra: trách nhiệm được cá thể hóa ở từng khâu, xử lý đúng hạn, trả lời rõ ràng, quyết định trong thẩm quyền, báo cáo việc vượt thẩm quyền, không né tránh, đùn đẩy, trì hoãn; ghi nhận việc làm tốt để biểu dương.',
    en: 'Assessment of a named official’s responsibility: responsibility assigned per step, work done on time, clear replies, decisions within their authority, escalation of what is beyond it, no evasion, shifting or delay; good work recorded for praise.',
  },
  sources: ['3476/BHXH-TCCB', '1251/BHXH-TCCB', '280/CĐ-TTg'],
  sections: [
    {
      id: 'responsibility-per-step',
      title: { vi: 'Cá thể hóa trách nhiệm từng khâu', en: 'Responsibility assigned per step' },
      items: [
        {
          id: 'ir-01-written-assignment',
          prompt: {
            vi: 'Cán bộ có văn bản phân công nêu rõ phần việc và khâu mình chịu trách nhiệm',
            en: 'The official has a written assignment stating their tasks and the steps they are responsible for',
          },
          guidance: {
            vi: 'Đề nghị xem quyết định hoặc bảng phân công của tổ, bộ phận nơi cán bộ làm việc và tìm tên cán bộ trong đó. Chụp ảnh phần liên quan.',
            en: 'Ask for the decision or table assigning tasks in the official’s team and find the official’s name in it. Photograph the relevant part.',
          },
          sources: ['3476/BHXH-TCCB#2.2', '1251/BHXH-TCCB#1'],
          subject: 'official',
          response: YES_NO,
          evidenceRequired: true,
          severity: 'medium',
        },
        {
          id: 'ir-02-knows-own-step',
          prompt: {
            vi: 'Cán bộ nêu đúng khâu mình phụ trách, thời hạn xử lý và nơi chuyển tiếp hồ sơ',
            en: 'The official can say which step they handle, its time limit and where the file goes next',
          },
          guidance: {
            vi: 'Đề nghị cán bộ trình bày quá trình xử lý một hồ sơ mình vừa giải quyết trong tuần; đối chiếu với văn bản phân công và quy trình của đơn vị.',
            en: 'Ask the official to walk you through a dossier they handled this week; compare with their written assignment and the office’s process.',
          },
          sources: ['3476/BHXH-TCCB#2.2', '1251/BHXH-TCCB#1'],
          subject: 'official',
          response: YES_NO,
          evidenceRequired: false,
          severity: 'medium',
        },
        {
          id: 'ir-03-control-slip-complete',
          prompt: {
            vi: 'Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05) ghi đủ người xử lý, thời điểm nhận và chuyển ở từng khâu',
            en: 'The process control slip (Mẫu 05) shows who handled each step and when the file was received and passed on',
          },
          guidance: {
            vi: 'Chọn 3 hồ sơ cán bộ đã xử lý; kiểm tra phiếu kiểm soát (bản giấy hoặc trên phần mềm) có ghi đủ họ tên, thời điểm và có khâu nào giữ hồ sơ quá thời hạn không. Chụp ảnh phiếu.',
            en: 'Pick three dossiers the official handled; check that the control slip (paper or in the software) shows names and times at every step and whether any step held the file too long. Photograph the slips.',
          },
          // Form number from Circular 01/2018/TT-VPCP; the one-stop rule in force is Decree 118/2025.
          sources: ['118/2025/NĐ-CP', '01/2018/TT-VPCP', '3476/BHXH-TCCB#2.2'],
          subject: 'official',
          response: YES_NO,
          evidenceRequired: true,
          severity: 'medium',
          effectiveFrom: ONE_STOP_RULES_FROM,
        },
      ],
    },
    {
      id: 'timely-handling',
      title: { vi: 'Xử lý kịp thời, trả lời rõ ràng', en: 'Timely handling and clear replies' },
      items: [
        {
          id: 'ir-04-handled-on-time',
          prompt: {
            vi: 'Hồ sơ, văn bản giao cho cán bộ trong 30 ngày gần nhất được xử lý đúng hạn',
            en: 'Dossiers and documents assigned to the official in the last 30 days were dealt with on time',
          },
          guidance: {
            vi: 'Lọc trên phần mềm hoặc sổ theo dõi các hồ sơ, văn bản giao cho cán bộ trong 30 ngày; so ngày hoàn thành với thời hạn. Chụp ảnh hoặc in danh sách.',
            en: 'Filter the software or registers for dossiers and documents assigned to the official in the last 30 days; compare completion dates with deadlines. Photograph or print the list.',
          },
          sources: ['3476/BHXH-TCCB#2.2', '1251/BHXH-TCCB#1', '280/CĐ-TTg'],
          subject: 'official',
          response: YES_NO,
          evidenceRequired: true,
          severity: 'high',
        },
        {
          id: 'ir-05-overdue-items-held',
          prompt: {
            vi: 'Số hồ sơ, văn bản cán bộ đang giữ đã quá hạn xử lý',
            en: 'Number of dossiers and documents held by the official that are past their deadline',
          },
          guidance: {
            vi: 'Đếm tại ngày kiểm tra; với mỗi trường hợp, ghi số hồ sơ hoặc số văn bản và lý do cán bộ nêu.',
            en: 'Count on the day of inspection; for each one, note the dossier or document number and the reason the official gives.',
          },
          sources: ['3476/BHXH-TCCB#2.1', '1251/BHXH-TCCB#3'],
          subject: 'official',
          response: count({ vi: 'hồ sơ, văn bản', en: 'items' }, 1000),
          evidenceRequired: true,
          severity: 'high',
        },
        {
          id: 'ir-06-clear-views',
          prompt: {
            vi: 'Ý kiến tham gia do cán bộ soạn thảo đúng hạn, đúng chức năng, có quan điểm rõ ràng, không chung chung',
            en: 'Opinions the official drafts for other units are on time, within remit and take a clear position rather than a vague one',
          },
          guidance: {
            vi: 'Đề nghị xem 2–3 văn bản trả lời xin ý kiến do cán bộ soạn thảo gần đây; kiểm tra ngày trả lời so với thời hạn và nội dung có nêu rõ đồng ý hay không, vì sao.',
            en: 'Ask for two or three recent replies to requests for opinion that the official drafted; check the dates against the deadlines and whether each says clearly whether the office agrees, and why.',
          },
          sources: ['3476/BHXH-TCCB#2.3'],
          subject: 'official',
          response: YES_NO,
          evidenceRequired: true,
          severity: 'medium',
        },
      ],
    },
    {
      id: 'authority',
      title: { vi: 'Quyết định trong thẩm quyền, báo cáo việc vượt thẩm quyền', en: 'Deciding within authority, escalating beyond it' },
      items: [
        {
          id: 'ir-07-decides-within-authority',
          prompt: {
            vi: 'Cán bộ giải quyết dứt điểm việc thuộc thẩm quyền, không xin ý kiến cấp trên hoặc đơn vị khác khi không cần thiết',
            en: 'The official settles matters within their authority and does not refer them upward or to other units without need',
          },
          guidance: {
            vi: 'Xem các hồ sơ cán bộ đã chuyển lãnh đạo hoặc đơn vị khác xin ý kiến; hỏi cán bộ vì sao không tự quyết định và đối chiếu với văn bản phân công, ủy quyền.',
            en: 'Look at files the official referred to leaders or other units for an opinion; ask why they did not decide themselves and compare with their assignment and delegation.',
          },
          sources: ['3476/BHXH-TCCB#2.1', '3476/BHXH-TCCB#2.3', '1251/BHXH-TCCB#3'],
          subject: 'official',
          response: YES_NO,
          evidenceRequired: false,
          severity: 'high',
        },
        {
          id: 'ir-08-escalates-beyond-authority',
          prompt: {
            vi: 'Việc vượt thẩm quyền được cán bộ báo cáo kịp thời bằng văn bản lên cấp có thẩm quyền',
            en: 'Matters beyond the official’s authority are reported promptly and in writing to the competent level',
          },
          guidance: {
            vi: 'Hỏi cán bộ về vướng mắc gần nhất vượt thẩm quyền của mình: đã báo cáo ai, khi nào, bằng hình thức nào? Đề nghị xem văn bản báo cáo.',
            en: 'Ask the official about the latest problem beyond their authority: whom did they report it to, when and how? Ask to see the report.',
          },
          sources: ['3476/BHXH-TCCB#2.6'],
          subject: 'official',
          response: YES_NO,
          evidenceRequired: true,
          severity: 'medium',
        },
        {
          id: 'ir-09-leader-decides-promptly',
          prompt: {
            vi: 'Lãnh đạo đơn vị cho ý kiến, quyết định kịp thời các đề xuất do cấp dưới trình',
            en: 'The office’s leader gives views and decisions on staff proposals promptly',
          },
          guidance: {
            vi: 'Áp dụng khi cán bộ được đánh giá là Giám đốc hoặc Phó Giám đốc. Xem sổ trình ký hoặc phần mềm: thời gian từ khi trình đến khi lãnh đạo ký duyệt; ghi các hồ sơ chờ ký quá lâu. Chọn “Không áp dụng” với cán bộ không giữ chức vụ lãnh đạo.',
            en: 'Applies when the official assessed is the Director or a Deputy Director. Check the signing register or software for the time from submission to approval; note files left waiting too long. Choose “Not applicable” for officials who are not leaders.',
          },
          sources: ['3476/BHXH-TCCB#1', '3476/BHXH-TCCB#2.1', '2165/CT-BHXH'],
          subject: 'official',
          response: YES_NO,
          evidenceRequired: true,
          severity: 'high',
        },
      ],
    },
    {
      id: 'no-evasion',
      title: { vi: 'Không né tránh, đùn đẩy, trì hoãn', en: 'No evasion, shifting or delay' },
      items: [
        {
          id: 'ir-10-no-evasion',
          prompt: {
            vi: 'Cán bộ không né tránh, đùn đẩy trách nhiệm, không làm việc cầm chừng',
            en: 'The official does not evade or shift responsibility, or work half-heartedly',
          },
          guidance: {
            vi: 'Tìm trong phiếu kiểm soát các hồ sơ bị chuyển qua lại giữa các khâu nhiều lần hoặc bị trả về không rõ lý do; hỏi cán bộ và người liên quan về từng trường hợp.',
            en: 'Look in the control slips for files passed back and forth between steps several times or returned without a clear reason; ask the official and those involved about each case.',
          },
          sources: ['3476/BHXH-TCCB#2.1', '1251/BHXH-TCCB#2', '968/CĐ-TTg'],
          subject: 'official',
          response: YES_NO,
          evidenceRequired: true,
          severity: 'high',
        },
        {
          id: 'ir-11-no-upheld-complaints',
          prompt: {
            vi: 'Trong 12 tháng gần nhất không có phản ánh có căn cứ về việc cán bộ chậm trễ, gây phiền hà',
            en: 'In the last 12 months there has been no substantiated complaint of the official causing delay or inconvenience',
          },
          guidance: {
            vi: 'Đối chiếu sổ tiếp nhận phản ánh, kiến nghị và kết quả xác minh với tên cán bộ; đề nghị xem văn bản kết luận nếu có.',
            en: 'Check the feedback register and verification results for the official’s name; ask for any written conclusions.',
          },
          sources: ['3476/BHXH-TCCB#2.6', '1251/BHXH-TCCB#3'],
          subject: 'official',
          response: YES_NO,
          evidenceRequired: true,
          severity: 'medium',
        },
        {
          id: 'ir-12-initiative',
          prompt: {
            vi: 'Mức độ chủ động, dám nghĩ, dám làm vì lợi ích chung trong xử lý công việc',
            en: 'How far the official takes the initiative and dares to think and act for the common good',
          },
          guidance: {
            vi: 'Chấm theo minh chứng cụ thể (đề xuất cải tiến, việc khó đã chủ động giải quyết), không theo cảm nhận. Điểm 1: chỉ làm khi được nhắc, né việc khó; điểm 5: chủ động đề xuất và giải quyết việc khó, có kết quả được ghi nhận.',
            en: 'Score on concrete evidence (improvement proposals, hard cases taken on), not impressions. 1: acts only when told and avoids hard cases; 5: proposes and resolves hard cases on their own initiative, with recognised results.',
          },
          sources: ['1251/BHXH-TCCB#4', '73/2023/NĐ-CP'],
          subject: 'official',
          response: scale5(3, { vi: 'Thụ động, né việc', en: 'Passive, avoids work' }, { vi: 'Chủ động, sáng tạo', en: 'Proactive, creative' }),
          evidenceRequired: false,
          severity: 'low',
        },
        {
          id: 'ir-13-work-to-praise',
          prompt: {
            vi: 'Việc làm tốt, sáng tạo vì lợi ích chung của cán bộ cần biểu dương (nếu có)',
            en: 'Good or innovative work for the common good that deserves praise, if any',
          },
          guidance: {
            vi: 'Ghi cụ thể việc làm, kết quả và minh chứng (văn bản, số liệu, ý kiến người dân). Nội dung này là căn cứ để đề xuất biểu dương, khen thưởng.',
            en: 'Describe the work, its results and the evidence (documents, figures, citizens’ comments). This is the basis for proposing praise or a commendation.',
          },
          sources: ['1251/BHXH-TCCB#4', '3476/BHXH-TCCB#2.1'],
          subject: 'official',
          response: text(2000),
          evidenceRequired: false,
          severity: 'low',
        },
      ],
    },
  ],
};
