import type { ChecklistSection } from '../../schema';
import { scale5, TIME, YES_NO } from '../responses';

export const attitudeSection: ChecklistSection = {
  id: 'attitude-appearance',
  title: { vi: 'Thái độ, trang phục và thẻ công chức', en: 'Attitude, dress and name badge' },
  items: [
    {
      id: 'coc-01-name-badge',
      prompt: {
        vi: 'Cán bộ đeo thẻ công chức, viên chức (có ảnh, họ tên, chức danh) trong khi làm việc',
        en: 'The official wears a civil-servant card (photo, name, title) while on duty',
      },
      guidance: {
        vi: 'Quan sát từng cán bộ tại quầy; thẻ phải đeo ở nơi người dân nhìn thấy được. Ghi tên cán bộ không đeo thẻ.',
        en: 'Look at each official at the desk; the card must be worn where citizens can see it. Note the name of any official without one.',
      },
      sources: ['2816/QĐ-BNV', '129/2007/QĐ-TTg', 'VSS-CoC'],
      subject: 'official',
      response: YES_NO,
      evidenceRequired: false,
      severity: 'low',
    },
    {
      id: 'coc-02-dress',
      prompt: {
        vi: 'Trang phục của cán bộ gọn gàng, lịch sự, phù hợp với môi trường công sở',
        en: 'The official is dressed neatly and decently, as suits a public office',
      },
      guidance: {
        vi: 'Quan sát trang phục của cán bộ tại quầy; nếu đơn vị có quy định về đồng phục, đối chiếu với quy định đó.',
        en: 'Look at how desk officials are dressed; if the office has a uniform rule, compare with it.',
      },
      sources: ['2816/QĐ-BNV', '129/2007/QĐ-TTg'],
      subject: 'official',
      response: YES_NO,
      evidenceRequired: false,
      severity: 'low',
    },
    {
      id: 'coc-03-courtesy',
      prompt: {
        vi: 'Mức độ lịch sự, tôn trọng, tận tình khi giao tiếp với người dân (quan sát trực tiếp)',
        en: 'How polite, respectful and helpful the official is with citizens (observed directly)',
      },
      guidance: {
        vi: 'Quan sát ít nhất 3 lượt giao dịch của cán bộ. Điểm 1: quát tháo, hách dịch hoặc bỏ mặc người dân; điểm 3: đúng mực nhưng máy móc; điểm 5: chào hỏi, lắng nghe, giải thích kiên nhẫn đến khi người dân hiểu.',
        en: 'Watch at least three of the official’s exchanges with citizens. Score 1: shouts, is overbearing or ignores people; 3: correct but mechanical; 5: greets, listens and explains patiently until the citizen understands.',
      },
      sources: ['2816/QĐ-BNV', 'VSS-CoC', '33/CT-TTg'],
      subject: 'official',
      response: scale5(3, { vi: 'Thô lỗ, hách dịch', en: 'Rude, overbearing' }, { vi: 'Niềm nở, tận tình', en: 'Warm and helpful' }),
      evidenceRequired: false,
      severity: 'medium',
    },
    {
      id: 'coc-04-clear-language',
      prompt: {
        vi: 'Cán bộ dùng ngôn ngữ rõ ràng, dễ hiểu và giải thích kiên nhẫn khi người dân chưa hiểu',
        en: 'The official speaks clearly and simply and explains patiently when a citizen does not understand',
      },
      guidance: {
        vi: 'Lắng nghe cách cán bộ hướng dẫn một thủ tục; sau đó hỏi người dân (nếu họ đồng ý) xem họ đã hiểu cần làm gì tiếp theo chưa.',
        en: 'Listen to how the official explains a procedure; then ask the citizen, if willing, whether they understood what to do next.',
      },
      sources: ['2816/QĐ-BNV', '129/2007/QĐ-TTg'],
      subject: 'official',
      response: YES_NO,
      evidenceRequired: false,
      severity: 'medium',
    },
    {
      id: 'coc-05-not-indifferent',
      prompt: {
        vi: 'Cán bộ không thờ ơ với người dân (không để người dân chờ trong khi làm việc khác, không phớt lờ câu hỏi)',
        en: 'The official is not indifferent to citizens (does not leave them waiting while doing something else, or ignore their questions)',
      },
      guidance: {
        vi: 'Quan sát khi có người dân đến quầy: cán bộ có tiếp ngay hoặc cho biết thời gian phải chờ không? Ghi thời điểm và diễn biến sự việc.',
        en: 'Watch when a citizen comes to the counter: does the official attend to them at once or say how long they must wait? Note the time and what happened.',
      },
      sources: ['758/QĐ-BNV', 'VSS-CoC'],
      subject: 'official',
      response: YES_NO,
      evidenceRequired: false,
      severity: 'medium',
    },
    {
      id: 'coc-06-phone-etiquette',
      prompt: {
        vi: 'Khi nghe điện thoại công vụ, cán bộ xưng họ tên và đơn vị',
        en: 'On work calls, the official gives their name and unit',
      },
      guidance: {
        vi: 'Lắng nghe khi cán bộ nghe điện thoại tại quầy, hoặc gọi thử số điện thoại niêm yết của bộ phận Một cửa.',
        en: 'Listen when the official answers the desk phone, or call the one-stop desk’s posted number.',
      },
      sources: ['129/2007/QĐ-TTg'],
      subject: 'official',
      response: YES_NO,
      evidenceRequired: false,
      severity: 'low',
    },
  ],
};

export const deskHoursSection: ChecklistSection = {
  id: 'desk-hours-discipline',
  title: { vi: 'Giờ làm việc và kỷ luật tại quầy', en: 'Working hours and discipline at the desk' },
  items: [
    {
      id: 'hrs-01-desk-opened-at',
      prompt: {
        vi: 'Giờ bộ phận Một cửa thực tế mở quầy tiếp nhận hồ sơ',
        en: 'Time the one-stop desk actually opened for dossiers',
      },
      guidance: {
        vi: 'Ghi giờ quầy đầu tiên bắt đầu tiếp nhận hồ sơ và so với giờ làm việc niêm yết; nếu đoàn đến sau, xem giờ tiếp nhận hồ sơ đầu tiên trong ngày trên phần mềm.',
        en: 'Record when the first counter began receiving dossiers and compare it with the posted hours; if the team arrived later, check the time of the day’s first dossier in the software.',
      },
      sources: ['3476/BHXH-TCCB#1'],
      subject: 'office',
      response: TIME,
      evidenceRequired: false,
      severity: 'medium',
    },
    {
      id: 'hrs-02-counters-staffed',
      prompt: {
        vi: 'Các quầy tiếp nhận và trả kết quả có cán bộ làm việc suốt giờ làm việc niêm yết',
        en: 'The reception and result counters are staffed throughout the posted working hours',
      },
      guidance: {
        vi: 'Trong thời gian kiểm tra, ghi lại quầy nào bỏ trống, trong bao lâu và lý do; đối chiếu với lịch trực của bộ phận Một cửa.',
        en: 'During the inspection, note any counter left empty, for how long and why; compare with the one-stop desk’s duty roster.',
      },
      sources: ['3476/BHXH-TCCB#1', 'VSS-CoC'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: false,
      severity: 'medium',
    },
    {
      id: 'hrs-03-no-personal-business',
      prompt: {
        vi: 'Cán bộ không làm việc riêng, không chơi trò chơi hoặc đeo tai nghe giải trí trong giờ làm việc',
        en: 'The official does not attend to personal matters, play games or wear headphones for entertainment during working hours',
      },
      guidance: {
        vi: 'Quan sát từ khu vực chờ trước khi giới thiệu đoàn; ghi cụ thể hành vi, thời điểm và quầy của cán bộ.',
        en: 'Watch from the waiting area before introducing the team; note the exact behaviour, the time and the official’s counter.',
      },
      sources: ['2816/QĐ-BNV', 'VSS-CoC'],
      subject: 'official',
      response: YES_NO,
      evidenceRequired: false,
      severity: 'medium',
    },
    {
      id: 'hrs-04-no-smoking-or-alcohol',
      prompt: {
        vi: 'Cán bộ không hút thuốc, không uống rượu, bia tại nơi làm việc và trong giờ làm việc',
        en: 'The official does not smoke or drink alcohol at work or during working hours',
      },
      guidance: {
        vi: 'Quan sát khu vực làm việc và khu vực chờ; chú ý dấu hiệu đã uống rượu, bia sau giờ nghỉ trưa.',
        en: 'Look at the work area and the waiting area; watch for signs of drinking after the lunch break.',
      },
      sources: ['2816/QĐ-BNV'],
      subject: 'official',
      response: YES_NO,
      evidenceRequired: false,
      severity: 'medium',
    },
  ],
};
