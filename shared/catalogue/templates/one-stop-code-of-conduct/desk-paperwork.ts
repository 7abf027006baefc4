import type { ChecklistSection } from '../../schema';
import { count, ONE_STOP_RULES_FROM, text, YES_NO } from '../responses';

export const receiptsSection: ChecklistSection = {
  id: 'receipts-results',
  title: { vi: 'Giấy tiếp nhận, hẹn trả và trả kết quả', en: 'Receipts, appointment slips and results' },
  items: [
    {
      id: 'rec-01-receipt-slip-issued',
      prompt: {
        vi: 'Mỗi hồ sơ được tiếp nhận đều có Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)',
        en: 'Every dossier accepted comes with a receipt and appointment slip (Mẫu 01)',
      },
      guidance: {
        vi: 'Được sự đồng ý, đề nghị 2–3 người dân vừa nộp hồ sơ cho xem giấy hẹn; đối chiếu ngày hẹn với sổ theo dõi hồ sơ (Mẫu 06) và thời hạn niêm yết của thủ tục. Chụp ảnh giấy hẹn (che thông tin cá nhân).',
        en: 'With consent, ask two or three citizens who have just filed to show their slip; compare the promised date with the dossier log (Mẫu 06) and the posted time limit for the procedure. Photograph the slip with personal details covered.',
      },
      // Form numbers from Circular 01/2018/TT-VPCP; the one-stop rule in force is Decree 118/2025.
      sources: ['118/2025/NĐ-CP', '01/2018/TT-VPCP'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'high',
      effectiveFrom: ONE_STOP_RULES_FROM,
    },
    {
      id: 'rec-02-guided-once-in-writing',
      prompt: {
        vi: 'Cán bộ hướng dẫn người dân bổ sung hồ sơ một lần, đầy đủ, bằng văn bản (Mẫu 02)',
        en: 'The official tells applicants once, fully and in writing what to add to their dossier (Mẫu 02)',
      },
      guidance: {
        vi: 'Khi gặp hồ sơ thiếu, quan sát cán bộ có viết phiếu hướng dẫn bổ sung không; hỏi người dân đây là lần thứ mấy họ phải bổ sung hồ sơ.',
        en: 'When a dossier is incomplete, watch whether the official writes out the request to complete it; ask the citizen how many times they have had to add papers.',
      },
      sources: ['118/2025/NĐ-CP', '01/2018/TT-VPCP'],
      subject: 'official',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'high',
      effectiveFrom: ONE_STOP_RULES_FROM,
    },
    {
      id: 'rec-03-apology-for-late-results',
      prompt: {
        vi: 'Hồ sơ trả kết quả muộn có Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) nêu rõ lý do',
        en: 'Late results come with an apology and new-date slip (Mẫu 04) that states the reason',
      },
      guidance: {
        vi: 'Lấy danh sách hồ sơ trễ hẹn trong 30 ngày gần nhất từ sổ theo dõi hồ sơ; đề nghị xem bản lưu Mẫu 04 của từng hồ sơ. Chụp ảnh 1–2 phiếu làm minh chứng.',
        en: 'Take the list of dossiers that missed their date in the last 30 days from the dossier log; ask for the file copy of Mẫu 04 for each. Photograph one or two as evidence.',
      },
      sources: ['118/2025/NĐ-CP', '01/2018/TT-VPCP', '2816/QĐ-BNV'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'high',
      effectiveFrom: ONE_STOP_RULES_FROM,
    },
    {
      id: 'rec-04-late-without-apology',
      prompt: {
        vi: 'Số hồ sơ trễ hẹn trong 30 ngày gần nhất không có Phiếu xin lỗi (Mẫu 04)',
        en: 'Number of dossiers late in the last 30 days with no apology slip (Mẫu 04)',
      },
      guidance: {
        vi: 'Đếm từ danh sách ở câu trên; ghi số biên nhận của từng hồ sơ.',
        en: 'Count from the list in the previous item; note each dossier’s receipt number.',
      },
      sources: ['118/2025/NĐ-CP', '01/2018/TT-VPCP'],
      subject: 'office',
      response: count({ vi: 'hồ sơ', en: 'dossiers' }, 1000),
      evidenceRequired: true,
      severity: 'high',
      effectiveFrom: ONE_STOP_RULES_FROM,
    },
  ],
};

export const postingSection: ChecklistSection = {
  id: 'public-posting',
  title: { vi: 'Niêm yết công khai và kênh phản ánh', en: 'Public posting and feedback channels' },
  items: [
    {
      id: 'pub-01-procedures-posted',
      prompt: {
        vi: 'Thủ tục hành chính được niêm yết đầy đủ, dễ đọc: trình tự, thành phần hồ sơ, thời hạn giải quyết, phí, lệ phí (nếu có), mẫu đơn, tờ khai',
        en: 'Procedures are posted in full and legibly: steps, required papers, time limits, fees (if any), application forms',
      },
      guidance: {
        vi: 'Chọn 3 thủ tục thường gặp (ví dụ cấp lại sổ BHXH, hưởng chế độ thai sản, cấp lại thẻ BHYT) và kiểm tra bảng niêm yết hoặc màn hình tra cứu có đủ các nội dung trên không. Chụp ảnh bảng niêm yết.',
        en: 'Pick three common procedures (e.g. reissuing a social-insurance book, maternity benefit, reissuing a health-insurance card) and check that the notice board or kiosk shows all of the above. Photograph the board.',
      },
      sources: ['118/2025/NĐ-CP', '3476/BHXH-TCCB#2.5'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'medium',
      effectiveFrom: ONE_STOP_RULES_FROM,
    },
    {
      id: 'pub-02-staff-names-posted',
      prompt: {
        vi: 'Họ tên, số điện thoại của lãnh đạo phụ trách và cán bộ bộ phận Một cửa được niêm yết',
        en: 'The names and phone numbers of the leader in charge and the one-stop desk staff are posted',
      },
      guidance: {
        vi: 'Chụp ảnh bảng niêm yết; đối chiếu tên trên bảng với cán bộ đang làm việc tại quầy.',
        en: 'Photograph the notice; compare the names on it with the officials at the counters.',
      },
      sources: ['118/2025/NĐ-CP'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'low',
      effectiveFrom: ONE_STOP_RULES_FROM,
    },
    {
      id: 'pub-03-hotline-posted-and-answered',
      prompt: {
        vi: 'Số đường dây nóng và địa chỉ tiếp nhận phản ánh, kiến nghị được niêm yết tại bộ phận Một cửa và gọi được',
        en: 'The hotline number and the address for feedback and complaints are posted at the one-stop desk, and the hotline answers',
      },
      guidance: {
        vi: 'Chụp ảnh nội dung niêm yết. Gọi thử số đường dây nóng trong giờ làm việc và ghi lại có người nghe máy, xưng tên và đơn vị không.',
        en: 'Photograph the notice. Call the hotline during working hours and note whether someone answers and gives their name and unit.',
      },
      sources: ['3476/BHXH-TCCB#2.6', '118/2025/NĐ-CP'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: true,
      severity: 'medium',
      effectiveFrom: ONE_STOP_RULES_FROM,
    },
    {
      id: 'pub-04-satisfaction-rating',
      prompt: {
        vi: 'Người dân có kênh đánh giá mức độ hài lòng (thiết bị đánh giá, phiếu, mã QR) và kênh này đang hoạt động',
        en: 'Citizens have a working way to rate their satisfaction (rating device, form or QR code)',
      },
      guidance: {
        vi: 'Thử dùng thiết bị hoặc quét mã QR đánh giá; hỏi cán bộ kết quả đánh giá được tổng hợp và sử dụng như thế nào.',
        en: 'Try the rating device or scan the QR code; ask how the ratings are collected and used.',
      },
      sources: ['118/2025/NĐ-CP'],
      subject: 'office',
      response: YES_NO,
      evidenceRequired: false,
      severity: 'low',
      effectiveFrom: ONE_STOP_RULES_FROM,
    },
    {
      id: 'pub-05-conduct-notes',
      prompt: {
        vi: 'Mô tả hành vi ứng xử chưa đúng mực đã quan sát được (nếu có)',
        en: 'Describe any improper conduct observed, if any',
      },
      guidance: {
        vi: 'Ghi sự việc cụ thể: thời điểm, quầy, tên cán bộ, lời nói hoặc hành vi, người làm chứng. Chỉ ghi điều đoàn trực tiếp thấy hoặc nghe.',
        en: 'Record the facts: time, counter, official’s name, what was said or done, and any witnesses. Record only what the team saw or heard directly.',
      },
      sources: ['VSS-CoC', '2816/QĐ-BNV'],
      subject: 'official',
      response: text(2000),
      evidenceRequired: false,
      severity: 'low',
    },
  ],
};
