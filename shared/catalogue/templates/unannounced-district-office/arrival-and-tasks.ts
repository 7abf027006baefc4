import type { ChecklistSection } from '../../schema';
import { count, TIME, YES_NO } from '../responses';

export const arrivalSection: ChecklistSection = {
  id: 'arrival-working-hours',
  title: { vi: 'Đến đơn vị và giờ làm việc', en: 'Arrival and working hours' },
  items: [
    {
      id: 'arr-01-desk-opened-at',
      prompt: {
        vi: 'Giờ bộ phận Một cửa thực tế bắt đầu tiếp nhận hồ sơ',
        en: 'Time the one-stop desk actually started receiving dossiers',
      },
      guidance: {
        vi: 'Ghi giờ cán bộ đầu tiên ngồi vào quầy và bắt đầu tiếp nhận hồ sơ; so sánh với giờ làm việc niêm yết tại trụ sở. Nếu đoàn đến sau giờ mở cửa, hỏi người dân đang chờ và xem giờ tiếp nhận hồ sơ đầu tiên trong ngày trên phần mềm.',
        en: 'Record when the first official sat at the desk and began receiving dossiers; compare it with the working hours posted at the office. If the team arrived after opening time, ask waiting citizens and check the time of the day’s first dossier in the software.',
      },
      sources: ['3476/BHXH-TCCB#1'],
      subject: 'office',
      response: TIME,
      evidenceRequired: false,
      severity: 'medium',
    },
    {
      id: 'arr-02-staff-at-posts',
      prompt: {
        vi: 'Cán bộ có mặt tại vị trí làm việc theo lịch phân công trong ngày',
        en: 'Officials are at their posts according to today’s duty roster',
      },
      guidance: {
        vi: 'Đề nghị Giám đốc cung cấp lịch phân công và bảng chấm công ngày kiểm tra; đối chiếu với người thực tế có mặt ở từng bộ phận. Với người vắng mặt, đề nghị xem đơn nghỉ phép đã duyệt hoặc quyết định cử đi công tác. Chụp ảnh lịch phân công.',
        en: 'Ask the Director for today’s duty roster and attendance sheet; compare them with who is actually present in each unit. For anyone absent, ask to see the approved leave request or travel order. Photograph the roster.',
      },
      sources: ['3476/BHXH-TCCB#1', '2596/QĐ-BHXH'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'medium',
    },
    {
      id: 'arr-03-unexcused-absences',
      prompt: {
        vi: 'Số cán bộ vắng mặt không có lý do chính đáng tại thời điểm kiểm tra',
        en: 'Number of officials absent without a valid reason at the time of inspection',
      },
      guidance: {
        vi: 'Chỉ tính người không có đơn nghỉ phép đã duyệt, quyết định cử đi công tác hoặc sự đồng ý của lãnh đạo. Ghi họ tên từng người vào phần ghi chú.',
        en: 'Count only people without approved leave, a travel order or a leader’s permission. Note each person’s name.',
      },
      sources: ['3476/BHXH-TCCB#1', '2596/QĐ-BHXH'],
      subject: 'office',
      response: count({ vi: 'người', en: 'people' }, 100),
      evidenceRequired: false,
      severity: 'medium',
    },
    {
      id: 'arr-04-no-personal-business',
      prompt: {
        vi: 'Cán bộ không làm việc riêng trong giờ làm việc (chơi trò chơi, xem phim, mua bán trực tuyến, đeo tai nghe giải trí)',
        en: 'The official does not attend to personal matters during working hours (games, films, online shopping, headphones for entertainment)',
      },
      guidance: {
        vi: 'Quan sát từ khu vực chờ ít nhất 15 phút trước khi giới thiệu đoàn; ghi cụ thể hành vi, thời điểm và vị trí làm việc của cán bộ.',
        en: 'Watch from the waiting area for at least 15 minutes before introducing the team; note the exact behaviour, the time and the official’s workstation.',
      },
      sources: ['2816/QĐ-BNV', 'VSS-CoC'],
      subject: 'official',
      response: YES_NO,
      evidenceRequired: false,
      severity: 'medium',
    },
  ],
};

export const taskAssignmentSection: ChecklistSection = {
  id: 'task-assignment',
  title: { vi: 'Phân công nhiệm vụ và trách nhiệm cá nhân', en: 'Assignment of tasks and individual responsibility' },
  items: [
    {
      id: 'tsk-01-working-regulations',
      prompt: {
        vi: 'Đơn vị có quy chế làm việc hiện hành, được rà soát, sửa đổi, bổ sung sát với thực tế',
        en: 'The office has a current working regulation, reviewed and updated to match how it actually works',
      },
      guidance: {
        vi: 'Đề nghị xuất trình quy chế làm việc của đơn vị và văn bản sửa đổi gần nhất; kiểm tra quy chế phản ánh đúng các tổ, bộ phận và nhân sự hiện có. Chụp ảnh trang có ngày ban hành.',
        en: 'Ask to see the office’s working regulation and its latest amendment; check that it matches the teams, desks and staff that exist today. Photograph the page showing the date of issue.',
      },
      sources: ['3476/BHXH-TCCB#2.2', '2596/QĐ-BHXH'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'medium',
    },
    {
      id: 'tsk-02-responsibility-per-step',
      prompt: {
        vi: 'Văn bản phân công nêu rõ cá nhân chịu trách nhiệm ở từng khâu của quy trình xử lý công việc',
        en: 'Written assignments name the person responsible at each step of the work process',
      },
      guidance: {
        vi: 'Đề nghị xem quyết định hoặc bảng phân công nhiệm vụ của từng tổ, bộ phận. Chọn một quy trình (ví dụ giải quyết chế độ ốm đau, cấp lại thẻ BHYT) và kiểm tra các khâu tiếp nhận, thẩm định, phê duyệt, trả kết quả đều có tên người chịu trách nhiệm.',
        en: 'Ask for the decision or table assigning tasks in each team and desk. Pick one process (e.g. a sickness-benefit claim, reissuing a health-insurance card) and check that each step (receipt, review, approval, return of the result) names a responsible person.',
      },
      sources: ['3476/BHXH-TCCB#2.2', '1251/BHXH-TCCB#1'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'high',
    },
    {
      id: 'tsk-03-delegation-in-writing',
      prompt: {
        vi: 'Việc phân cấp, ủy quyền (ký, phê duyệt khi Giám đốc vắng mặt) được quy định bằng văn bản để công việc không bị ách tắc',
        en: 'Delegation and authorisation (who signs and approves when the Director is away) are set out in writing so work is not held up',
      },
      guidance: {
        vi: 'Đề nghị xem văn bản phân công nhiệm vụ của Phó Giám đốc và văn bản ủy quyền. Hỏi: khi Giám đốc đi công tác, ai ký hồ sơ? Kiểm tra trong sổ theo dõi có hồ sơ nào chậm vì chờ lãnh đạo ký không.',
        en: 'Ask for the document assigning the Deputy Director’s duties and any written authorisation. Ask: who signs dossiers when the Director is travelling? Check the log for dossiers delayed while waiting for a leader’s signature.',
      },
      sources: ['3476/BHXH-TCCB#2.1'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'medium',
    },
    {
      id: 'tsk-04-tasks-on-schedule',
      prompt: {
        vi: 'Nhiệm vụ do BHXH tỉnh và cấp trên giao trong quý gần nhất được hoàn thành đúng tiến độ, bảo đảm chất lượng',
        en: 'Tasks set by the provincial office and other superiors in the last quarter were completed on schedule and to standard',
      },
      guidance: {
        vi: 'Đề nghị xem sổ hoặc phần mềm theo dõi nhiệm vụ được giao. Chọn ngẫu nhiên 3 nhiệm vụ có thời hạn trong quý trước, đối chiếu ngày hoàn thành với thời hạn và chụp ảnh báo cáo kết quả.',
        en: 'Ask for the register or software that tracks assigned tasks. Pick three tasks due last quarter at random, compare completion dates with the deadlines and photograph the completion reports.',
      },
      sources: ['3476/BHXH-TCCB#2.1', '968/CĐ-TTg'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'medium',
    },
    {
      id: 'tsk-05-overdue-tasks',
      prompt: {
        vi: 'Số nhiệm vụ được giao đã quá hạn mà chưa hoàn thành',
        en: 'Number of assigned tasks past their deadline and still not completed',
      },
      guidance: {
        vi: 'Đếm trên sổ theo dõi nhiệm vụ tại ngày kiểm tra; với mỗi nhiệm vụ quá hạn, ghi người được giao chủ trì và lý do đơn vị nêu.',
        en: 'Count from the task register on the day of inspection; for each overdue task, note who was assigned to lead it and the reason the office gives.',
      },
      sources: ['3476/BHXH-TCCB#2.1', '1251/BHXH-TCCB#3'],
      subject: 'office',
      response: count({ vi: 'nhiệm vụ', en: 'tasks' }, 500),
      evidenceRequired: true,
      severity: 'medium',
    },
  ],
};
