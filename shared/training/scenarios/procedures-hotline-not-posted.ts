import { SCENARIO_FORMAT, type Scenario } from '../scenario';
import { evidenceStep, NO, YES } from './key-parts';

const OFFICE = 'TRAIN-PA-06';

/** Procedures and the hotline not posted at the one-stop desk: an office-level finding (3476/BHXH-TCCB#2.5, #2.6). */
export const proceduresHotlineNotPosted: Scenario = {
  format: SCENARIO_FORMAT,
  id: 'procedures-hotline-not-posted',
  version: 1,
  title: {
    vi: 'Thủ tục và đường dây nóng không được niêm yết',
    en: 'Procedures and the hotline are not posted',
  },
  summary: {
    vi: 'Bảng niêm yết tại bộ phận Một cửa thiếu thủ tục, thiếu thời hạn giải quyết và không có số đường dây nóng; đây là tồn tại của đơn vị, không phải của một cán bộ.',
    en: 'The one-stop desk’s notice board lacks procedures and time limits and shows no hotline number; a shortcoming of the office, not of one official.',
  },
  situation: {
    vi: 'Kiểm tra đột xuất bộ phận Một cửa của BHXH cơ sở An Khánh (tập huấn). Đoàn chọn ba thủ tục thường gặp: cấp lại sổ BHXH, hưởng chế độ thai sản, cấp lại thẻ BHYT. Bảng niêm yết ở khu vực chờ chỉ có thủ tục cấp lại thẻ BHYT, in từ năm 2019, không ghi thời hạn giải quyết; hai thủ tục còn lại không có trên bảng hay trên màn hình tra cứu (màn hình hỏng từ tháng trước). Trên bảng không có số đường dây nóng hay địa chỉ tiếp nhận phản ánh, kiến nghị: cán bộ cho biết tấm biển cũ bị tháo khi sơn lại tường và chưa treo lại. Bảng họ tên, số điện thoại của Phó Giám đốc phụ trách và bốn cán bộ Một cửa vẫn còn, khớp với những người đang ngồi quầy. Đoàn quét mã QR đánh giá mức độ hài lòng ở mỗi quầy và gửi được phiếu đánh giá. Đoàn chụp ảnh toàn bộ bảng niêm yết và chỗ tường trống. Cán bộ tại quầy vẫn hướng dẫn người dân lịch sự, đầy đủ; không có biểu hiện sách nhiễu.',
    en: 'Unannounced inspection of the one-stop desk at the An Khánh (training) district office. The team picks three common procedures: reissuing a social-insurance book, maternity benefit, reissuing a health-insurance card. The notice board in the waiting area shows only the health-insurance card reissue, printed in 2019, with no time limit; the other two are neither on the board nor on the kiosk (broken since last month). The board shows no hotline number and no address for feedback and complaints: staff say the old sign came down when the wall was repainted and was never put back. The board with the names and phone numbers of the Deputy Director in charge and the four desk officials is still there and matches who sits at the counters. The team scans the satisfaction QR code at each counter and submits a rating. The team photographs the whole board and the bare wall. The desk officials guide citizens politely and fully; there is no sign of harassment.',
  },
  template: { id: 'one-stop-code-of-conduct', version: 1 },
  office: {
    code: OFFICE,
    name: 'BHXH cơ sở An Khánh (tập huấn)',
    province: 'Tỉnh Phú An (giả định)',
    address: 'Số 30 đường Kiểm Tra Thử, phường An Khánh, tỉnh Phú An (giả định)',
    demo: true,
  },
  officials: [
    { id: 'train-ak-phuong', officeCode: OFFICE, fullName: 'Tạ Thị Phương', position: 'Phó Giám đốc', unit: 'Ban Giám đốc (phụ trách Một cửa)', demo: true },
    { id: 'train-ak-hieu', officeCode: OFFICE, fullName: 'Mai Trung Hiếu', position: 'Viên chức', unit: 'Bộ phận Một cửa, quầy số 1', demo: true },
  ],
  targetMinutes: 20,
  key: {
    answers: [
      {
        itemId: 'pub-01-procedures-posted',
        accept: [NO],
        why: { vi: 'Hai trong ba thủ tục không được niêm yết; thủ tục còn lại thiếu thời hạn giải quyết.', en: 'Two of the three procedures are not posted; the third lacks its time limit.' },
        citations: ['118/2025/NĐ-CP', '3476/BHXH-TCCB#2.5'],
      },
      {
        itemId: 'pub-02-staff-names-posted',
        accept: [YES],
        why: { vi: 'Họ tên, số điện thoại của lãnh đạo phụ trách và cán bộ Một cửa có niêm yết, khớp với người đang làm việc.', en: 'The names and phone numbers of the leader in charge and the desk staff are posted and match who is working.' },
        citations: ['118/2025/NĐ-CP'],
      },
      {
        itemId: 'pub-03-hotline-posted-and-answered',
        accept: [NO],
        why: { vi: 'Không có số đường dây nóng và địa chỉ tiếp nhận phản ánh, kiến nghị: người dân không có kênh để phản ánh.', en: 'No hotline number and no feedback address: citizens have no channel to complain through.' },
        citations: ['3476/BHXH-TCCB#2.6', '118/2025/NĐ-CP'],
      },
      {
        itemId: 'pub-04-satisfaction-rating',
        accept: [YES],
        why: { vi: 'Mã QR đánh giá hoạt động: đoàn đã gửi được phiếu.', en: 'The rating QR code works: the team submitted a rating.' },
        citations: ['118/2025/NĐ-CP'],
      },
    ],
    findings: [
      {
        subject: { type: 'office' },
        kind: 'violation',
        categories: [],
        minSeverity: 'medium',
        recommendations: ['reminder', 'review'],
        itemIds: ['pub-01-procedures-posted', 'pub-03-hotline-posted-and-answered'],
        why: {
          vi: 'Niêm yết là trách nhiệm của đơn vị: ghi một nội dung phát hiện về đơn vị, không quy cho cán bộ ngồi quầy. Danh mục loại vi phạm chưa có loại riêng cho niêm yết công khai nên loại nào cũng được chấp nhận. Mức trung bình như mức của câu hỏi: quy tắc đề xuất nhắc nhở hoặc kiểm điểm tùy loại và mức đoàn chọn.',
          en: 'Posting is the office’s duty: record one finding about the office, not about the officials at the counters. The category list has no kind of its own for public posting, so any category is accepted. Medium, like the items: the rules propose a reminder or a review depending on the category and severity chosen.',
        },
        citations: ['3476/BHXH-TCCB#2.5', '3476/BHXH-TCCB#2.6', '118/2025/NĐ-CP'],
      },
    ],
    dueProcess: [evidenceStep(['118/2025/NĐ-CP', '3476/BHXH-TCCB#2.6'])],
  },
};
