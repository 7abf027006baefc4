import { SCENARIO_FORMAT, type Scenario } from '../scenario';
import { evidenceStep, EXPLANATION_STEP, NO, YES } from './key-parts';

const OFFICE = 'TRAIN-PA-01';

/** Pushing a procedure onto a citizen at the one-stop desk (3476/BHXH-TCCB#2.5). */
export const citizenSentForPapers: Scenario = {
  format: SCENARIO_FORMAT,
  id: 'citizen-sent-for-papers',
  version: 1,
  title: {
    vi: 'Người dân bị yêu cầu đi xin giấy tờ không cần thiết',
    en: 'A citizen sent away to fetch papers nobody needs',
  },
  summary: {
    vi: 'Tại bộ phận Một cửa, một cán bộ lần thứ ba trả hồ sơ của người dân và yêu cầu đi xin thêm xác nhận không có trong thành phần hồ sơ niêm yết.',
    en: 'At the one-stop desk, an official turns a citizen away for the third time and tells her to fetch confirmations that are not on the posted list.',
  },
  situation: {
    vi: 'Thứ Ba, 8 giờ 40. Đoàn kiểm tra đột xuất ngồi ở khu vực chờ của BHXH cơ sở Đồng Xuân (tập huấn) trước khi giới thiệu. Tại quầy số 2, bà Lê Thị Tâm (62 tuổi) nộp hồ sơ đề nghị cấp lại sổ BHXH do bị mất. Bảng niêm yết ngay cạnh quầy ghi thành phần hồ sơ của thủ tục này chỉ gồm tờ khai. Đoàn nghe rõ viên chức Nguyễn Thị Hoa nói: “Cô về phường xin giấy xác nhận cư trú, rồi lên công ty cũ xin xác nhận quá trình làm việc, đủ thì mang lại.” Bà Tâm nói đây là lần thứ ba bà đến, lần trước được bảo thiếu bản sao căn cước, lần này lại khác. Chị Hoa không viết phiếu hướng dẫn bổ sung hồ sơ nào; bà Tâm cho đoàn xem mẩu giấy nhớ chị Hoa viết tay hai dòng. Bà Tâm cho biết không ai gợi ý tiền hay “bồi dưỡng”. Chị Hoa đeo thẻ viên chức có ảnh, họ tên, chức danh. Khi đoàn giới thiệu và hỏi, chị Hoa giải trình: “Anh Tổ trưởng dặn hồ sơ mất sổ phải có xác nhận cho chắc, tránh trục lợi, nên em yêu cầu thêm.” Tổ trưởng không có văn bản nào về yêu cầu này. Bà Tâm đồng ý cho chụp ảnh mẩu giấy nhớ (che thông tin cá nhân); đoàn cũng chụp bảng niêm yết.',
    en: 'Tuesday, 8:40. The unannounced inspection team sits in the waiting area of the Đồng Xuân (training) district office before introducing itself. At counter 2, Ms Lê Thị Tâm (62) files a request to reissue her lost social-insurance book. The notice board beside the counter lists a single paper for this procedure: the declaration form. The team clearly hears the official Nguyễn Thị Hoa say: “Go to the ward for a residence confirmation, then to your old company for a confirmation of your work history, and bring them back when you have them.” Ms Tâm says this is her third visit: last time she was told a copy of her ID card was missing, this time it is something else. Ms Hoa writes no request to complete the dossier; Ms Tâm shows the team a sticky note with two lines in Ms Hoa’s hand. Ms Tâm says nobody hinted at money or a “tip”. Ms Hoa wears her badge with photo, name and title. When the team introduces itself and asks, Ms Hoa explains: “The team leader told us lost-book files must have confirmations to be safe, to prevent fraud, so I asked for them.” The team leader has nothing in writing about this. Ms Tâm agrees to a photo of the sticky note (personal details covered); the team also photographs the notice board.',
  },
  template: { id: 'one-stop-code-of-conduct', version: 1 },
  office: {
    code: OFFICE,
    name: 'BHXH cơ sở Đồng Xuân (tập huấn)',
    province: 'Tỉnh Phú An (giả định)',
    address: 'Số 12 đường Tập Huấn, phường Đồng Xuân, tỉnh Phú An (giả định)',
    demo: true,
  },
  officials: [
    { id: 'train-dx-hoa', officeCode: OFFICE, fullName: 'Nguyễn Thị Hoa', position: 'Viên chức', unit: 'Bộ phận Một cửa, quầy số 2', demo: true },
    { id: 'train-dx-nam', officeCode: OFFICE, fullName: 'Trịnh Văn Nam', position: 'Giám đốc', unit: 'Ban Giám đốc', demo: true },
  ],
  targetMinutes: 25,
  key: {
    answers: [
      {
        itemId: 'coc-01-name-badge',
        accept: [YES],
        why: { vi: 'Chị Hoa đeo thẻ có ảnh, họ tên, chức danh ở nơi người dân nhìn thấy.', en: 'Ms Hoa wears a badge with photo, name and title where citizens can see it.' },
        citations: ['2816/QĐ-BNV', 'VSS-CoC'],
      },
      {
        itemId: 'int-02-no-money-or-gifts',
        accept: [YES],
        why: { vi: 'Người dân xác nhận không ai gợi ý tiền, quà; không có dấu hiệu nào khác. Không suy đoán quá điều đoàn thấy và nghe.', en: 'The citizen confirms nobody hinted at money or gifts, and nothing else suggests it. Do not go beyond what the team saw and heard.' },
        citations: ['758/QĐ-BNV', 'VSS-CoC'],
      },
      {
        itemId: 'int-03-no-pushing-onto-citizens',
        accept: [NO],
        why: { vi: 'Bắt người dân tự đi xin xác nhận cư trú và xác nhận quá trình làm việc, không có trong thành phần hồ sơ niêm yết, là đẩy trách nhiệm giải quyết thủ tục sang người dân.', en: 'Making the citizen fetch a residence confirmation and a work-history confirmation that are not on the posted list pushes the procedure onto her.' },
        citations: ['3476/BHXH-TCCB#2.5'],
      },
      {
        itemId: 'rec-02-guided-once-in-writing',
        accept: [NO],
        why: { vi: 'Lần thứ ba người dân bị trả hồ sơ, mỗi lần một yêu cầu khác, chỉ bằng lời và giấy nhớ: không phải hướng dẫn một lần, đầy đủ, bằng văn bản (Mẫu 02).', en: 'The third time the citizen is turned away, each time for something else, by word of mouth and a sticky note: not once, fully and in writing (Mẫu 02).' },
        citations: ['118/2025/NĐ-CP', '01/2018/TT-VPCP'],
      },
    ],
    findings: [
      {
        subject: { type: 'official', officialId: 'train-dx-hoa' },
        kind: 'violation',
        categories: ['pushing_onto_citizens', 'harassment'],
        minSeverity: 'high',
        recommendations: ['reassignment', 'replacement'],
        itemIds: ['int-03-no-pushing-onto-citizens', 'rec-02-guided-once-in-writing'],
        why: {
          vi: 'Vi phạm của cá nhân chị Hoa: đẩy việc sang người dân, gây phiền hà, mức nghiêm trọng (như mức của câu hỏi). Với vi phạm này, quy tắc đề xuất điều chuyển công tác khác; nếu đặc biệt nghiêm trọng hoặc tái phạm trong 12 tháng thì đề xuất thay thế. Lời giải trình “Tổ trưởng dặn” không có văn bản: ghi nhận nguyên văn, HQ xem xét.',
          en: 'Ms Hoa’s own violation: pushing work onto a citizen and causing her trouble, high severity (the item’s). For this the rules propose reassignment, or replacement if critical or repeated within 12 months. Her explanation (“the team leader told us”) has nothing in writing behind it: record it as said; HQ weighs it.',
        },
        citations: ['3476/BHXH-TCCB#2.5', '1251/BHXH-TCCB#3', '1251/BHXH-TCCB#2'],
      },
    ],
    dueProcess: [EXPLANATION_STEP, evidenceStep(['3476/BHXH-TCCB#2.5', '118/2025/NĐ-CP'])],
  },
};
