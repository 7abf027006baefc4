import type { ChecklistSection } from '../../schema';
import { count, text, YES_NO } from '../responses';

export const consultationSection: ChecklistSection = {
  id: 'consultation-replies',
  title: { vi: 'Xin ý kiến và trả lời ý kiến', en: 'Consultation and replies' },
  items: [
    {
      id: 'cons-01-only-related-units',
      prompt: {
        vi: 'Khi xin ý kiến phối hợp, đơn vị chỉ gửi tới cơ quan, đơn vị liên quan trực tiếp đến nội dung công việc',
        en: 'When consulting, the office writes only to agencies and units directly concerned with the matter',
      },
      guidance: {
        vi: 'Chọn 3 văn bản xin ý kiến gần nhất trong sổ công văn đi; kiểm tra từng nơi nhận có liên quan trực tiếp không và việc xin ý kiến có làm kéo dài thời gian giải quyết không.',
        en: 'Pick the three most recent requests for opinion in the outgoing-mail register; check that each recipient is directly concerned and whether the consultation lengthened the handling time.',
      },
      sources: ['3476/BHXH-TCCB#2.3'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'low',
    },
    {
      id: 'cons-02-replies-on-time-and-clear',
      prompt: {
        vi: 'Văn bản xin ý kiến gửi đến đơn vị được trả lời đúng hạn, đúng chức năng, có quan điểm rõ ràng, không chung chung',
        en: 'Requests for opinion sent to the office are answered on time, within its remit, with a clear position rather than a vague reply',
      },
      guidance: {
        vi: 'Chọn 3 văn bản xin ý kiến gần nhất trong sổ công văn đến; so ngày trả lời với thời hạn được đề nghị và đọc nội dung trả lời: có nêu rõ đồng ý hay không, lý do và trách nhiệm của đơn vị không?',
        en: 'Pick the three most recent requests for opinion in the incoming-mail register; compare the reply dates with the requested deadlines and read the replies: do they state clearly whether the office agrees, why, and what it takes responsibility for?',
      },
      sources: ['3476/BHXH-TCCB#2.3'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'medium',
    },
    {
      id: 'cons-03-unanswered-requests',
      prompt: {
        vi: 'Số văn bản xin ý kiến gửi đến đã quá hạn mà chưa trả lời',
        en: 'Number of requests for opinion received that are past their deadline with no reply',
      },
      guidance: {
        vi: 'Đếm trên sổ công văn đến hoặc hệ thống quản lý văn bản tại ngày kiểm tra; ghi số, ngày của từng văn bản.',
        en: 'Count from the incoming-mail register or the document system on the day of inspection; note each document’s number and date.',
      },
      sources: ['3476/BHXH-TCCB#2.3'],
      subject: 'office',
      response: count({ vi: 'văn bản', en: 'documents' }, 500),
      evidenceRequired: true,
      severity: 'medium',
    },
  ],
};

export const feedbackSection: ChecklistSection = {
  id: 'feedback-dialogue',
  title: { vi: 'Tiếp nhận phản ánh, kiến nghị và đối thoại', en: 'Feedback channels and dialogue' },
  items: [
    {
      id: 'fb-01-channels-posted',
      prompt: {
        vi: 'Số điện thoại đường dây nóng, hòm thư góp ý và địa chỉ tiếp nhận phản ánh, kiến nghị được niêm yết ở nơi dễ thấy',
        en: 'The hotline number, suggestion box and address for feedback and complaints are posted where people can see them',
      },
      guidance: {
        vi: 'Chụp ảnh bảng niêm yết tại khu vực chờ. Gọi thử số đường dây nóng trong lúc kiểm tra và ghi lại có người nghe máy không.',
        en: 'Photograph the notice board in the waiting area. Call the hotline during the inspection and note whether anyone answers.',
      },
      sources: ['3476/BHXH-TCCB#2.6'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'medium',
    },
    {
      id: 'fb-02-feedback-logged-answered',
      prompt: {
        vi: 'Phản ánh, kiến nghị của người dân, doanh nghiệp được ghi sổ theo dõi và trả lời kịp thời, đầy đủ',
        en: 'Feedback and requests from citizens and businesses are logged and answered promptly and fully',
      },
      guidance: {
        vi: 'Đề nghị xem sổ tiếp nhận phản ánh, kiến nghị và biên bản mở hòm thư góp ý gần nhất. Chọn 3 phản ánh, kiểm tra ngày nhận, ngày trả lời và nội dung trả lời.',
        en: 'Ask for the feedback register and the record of the last opening of the suggestion box. Pick three items and check the date received, the reply date and what the reply said.',
      },
      sources: ['3476/BHXH-TCCB#2.6'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'medium',
    },
    {
      id: 'fb-03-dialogue-held',
      prompt: {
        vi: 'Đơn vị chủ động tổ chức đối thoại với người dân, doanh nghiệp trong 12 tháng gần nhất',
        en: 'The office has held dialogues with citizens and businesses on its own initiative in the last 12 months',
      },
      guidance: {
        vi: 'Đề nghị xem kế hoạch, giấy mời và biên bản đối thoại; kiểm tra các kiến nghị nêu tại buổi đối thoại đã được giải quyết hoặc báo cáo cấp trên chưa.',
        en: 'Ask for the plan, the invitations and the minutes of the dialogue; check that the issues raised there were resolved or reported upward.',
      },
      sources: ['3476/BHXH-TCCB#2.6', '33/CT-TTg'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'medium',
    },
    {
      id: 'fb-04-beyond-authority-reported',
      prompt: {
        vi: 'Kiến nghị vượt thẩm quyền được báo cáo cấp có thẩm quyền bằng văn bản, không để tồn đọng',
        en: 'Requests beyond the office’s authority are reported in writing to the competent level, not left pending',
      },
      guidance: {
        vi: 'Hỏi Giám đốc về các vướng mắc vượt thẩm quyền trong 6 tháng gần nhất; đề nghị xem văn bản báo cáo BHXH tỉnh và văn bản trả lời (nếu có).',
        en: 'Ask the Director about issues beyond the office’s authority in the last six months; ask to see the reports sent to the provincial office and any replies.',
      },
      sources: ['3476/BHXH-TCCB#2.6'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'medium',
    },
    {
      id: 'fb-05-delays-disclosed',
      prompt: {
        vi: 'Các trường hợp chậm trễ, gây phiền hà cho người dân, doanh nghiệp được công khai cùng biện pháp xử lý',
        en: 'Cases of delay or inconvenience to citizens and businesses are made public together with how they were dealt with',
      },
      guidance: {
        vi: 'Hỏi đơn vị công khai ở đâu (bảng tin, trang thông tin điện tử, hội nghị giao ban) và đề nghị xem bản công khai gần nhất.',
        en: 'Ask where the office discloses them (notice board, website, staff briefing) and ask to see the latest disclosure.',
      },
      sources: ['2371/BHXH-PC'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'medium',
    },
    {
      id: 'fb-06-citizens-views',
      prompt: {
        vi: 'Ý kiến của người dân đang chờ tại đơn vị về chất lượng phục vụ',
        en: 'What citizens waiting at the office say about the service',
      },
      guidance: {
        vi: 'Được sự đồng ý của người dân, hỏi 2–3 người về thời gian chờ, thái độ của cán bộ và việc có phải đi lại nhiều lần không. Không ghi họ tên hoặc thông tin nhận dạng người dân.',
        en: 'With their consent, ask two or three people about the waiting time, the officials’ attitude and whether they had to come back several times. Do not record their names or anything that identifies them.',
      },
      sources: ['33/CT-TTg', '3476/BHXH-TCCB#2.6'],
      subject: 'office',
      response: text(2000),
      evidenceRequired: false,
      severity: 'low',
    },
  ],
};
