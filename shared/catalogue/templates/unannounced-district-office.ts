import type { ChecklistTemplate } from '../schema';
import { arrivalSection, taskAssignmentSection } from './unannounced-district-office/arrival-and-tasks';
import { consultationSection, feedbackSection } from './unannounced-district-office/consultation-and-feedback';
import { decree73Section, leadershipSection, praiseHandlingSection } from './unannounced-district-office/leadership-and-handling';
import { proceduresSection } from './unannounced-district-office/procedures';

/** Kiểm tra công vụ đột xuất tại BHXH cơ sở (3476/BHXH-TCCB, 968/CĐ-TTg, 1251/BHXH-TCCB, 2371/BHXH-PC). */
export const unannouncedDistrictOffice: ChecklistTemplate = {
  id: 'unannounced-district-office',
  version: 1,
  publishedOn: '2026-11-01',
  title: {
    vi: 'Kiểm tra công vụ đột xuất tại BHXH cơ sở',
    en: 'Unannounced public-service inspection of a district office',
  },
  description: {
    vi: 'Phiếu kiểm tra công vụ đột xuất tại BHXH cơ sở theo Công văn 3476/BHXH-TCCB, Công điện 968/CĐ-TTg, Công văn 1251/BHXH-TCCB và Công văn 2371/BHXH-PC: giờ làm việc, phân công trách nhiệm, giải quyết thủ tục hành chính, xin và trả lời ý kiến, tiếp nhận phản ánh, vai trò người đứng đầu, khen thưởng và xử lý cán bộ, thực hiện Nghị định 73/2023/NĐ-CP.',
    en: 'Checklist for an unannounced public-service inspection of a district social-security office under Dispatch 3476/BHXH-TCCB, Telegram 968/CĐ-TTg, Dispatch 1251/BHXH-TCCB and Letter 2371/BHXH-PC: working hours, assignment of responsibility, administrative procedures, consultation and replies, feedback, leadership, praise and handling of officials, and Decree 73/2023/NĐ-CP.',
  },
  sources: ['3476/BHXH-TCCB', '968/CĐ-TTg', '1251/BHXH-TCCB', '2371/BHXH-PC'],
  sections: [
    arrivalSection,
    taskAssignmentSection,
    proceduresSection,
    consultationSection,
    feedbackSection,
    leadershipSection,
    praiseHandlingSection,
    decree73Section,
  ],
};
