import type { ChecklistTemplate } from '../schema';
import { attitudeSection, deskHoursSection } from './one-stop-code-of-conduct/conduct';
import { postingSection, receiptsSection } from './one-stop-code-of-conduct/desk-paperwork';
import { integritySection } from './one-stop-code-of-conduct/integrity';

/** Quy tắc ứng xử tại bộ phận Một cửa (VSS Code of Conduct, national norms, one-stop rules). */
export const oneStopCodeOfConduct: ChecklistTemplate = {
  id: 'one-stop-code-of-conduct',
  version: 1,
  publishedOn: '2026-11-01',
  title: {
    vi: 'Quy tắc ứng xử tại bộ phận Một cửa',
    en: 'Code of Conduct at the one-stop desk',
  },
  description: {
    vi: 'Quan sát việc thực hiện quy tắc ứng xử của cán bộ tại bộ phận Một cửa: thái độ với người dân, thẻ công chức, giờ làm việc, không sách nhiễu, không đẩy việc sang người dân, giấy tiếp nhận và hẹn trả kết quả, phiếu xin lỗi khi trả muộn, niêm yết thủ tục và kênh phản ánh.',
    en: 'Observation of officials’ conduct at the one-stop desk: attitude to citizens, name badges, working hours, no harassment, no pushing procedures onto citizens, receipts and appointment slips, apologies for late results, posted procedures and feedback channels.',
  },
  sources: ['VSS-CoC', '2816/QĐ-BNV', '758/QĐ-BNV', '3476/BHXH-TCCB#2.5', '118/2025/NĐ-CP'],
  sections: [attitudeSection, deskHoursSection, integritySection, receiptsSection, postingSection],
};
