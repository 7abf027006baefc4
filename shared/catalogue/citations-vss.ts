import type { Citation } from './citation-schema';

const F3476 = '002_62c413c5712133e7.txt';
const F1251 = '003_7c4bd907e65d9c6e.txt';

const T3476 = {
  vi: 'Công văn số 3476/BHXH-TCCB ngày 25/10/2023 của Bảo hiểm xã hội Việt Nam về việc tiếp tục chấn chỉnh, tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước',
  en: 'Official Dispatch 3476/BHXH-TCCB of 25 Oct 2023, Vietnam Social Security, on continuing to rectify and strengthen discipline in state administrative agencies',
};
const T1251 = {
  vi: 'Công văn số 1251/BHXH-TCCB năm 2023 của Bảo hiểm xã hội Việt Nam về việc tăng cường trách nhiệm trong xử lý công việc',
  en: 'Official Dispatch 1251/BHXH-TCCB (2023), Vietnam Social Security, on strengthening responsibility in handling work',
};
const D3476 = { issuedOn: '2023-10-25', effectiveFrom: '2023-10-25', confidence: 'verified', sourceFile: F3476 } as const;
const NOTE_1251 =
  'Issued in May 2023 (before the 16 May 2023 article); exact day not in the source. The source article misprints the symbol as 1251/BHXH-TTCB.';
const D1251 = { confidence: 'verified', sourceFile: F1251, note: NOTE_1251 } as const;

/** Vietnam Social Security's own documents. */
export const VSS_CITATIONS: readonly Citation[] = [
  { key: '3476/BHXH-TCCB', document: '3476/BHXH-TCCB', title: T3476, ...D3476 },
  {
    key: '3476/BHXH-TCCB#1', document: '3476/BHXH-TCCB', title: T3476, ...D3476,
    part: {
      vi: 'Mục (1): quán triệt Công điện 968/CĐ-TTg; phát huy trách nhiệm người đứng đầu và trách nhiệm cá nhân; tăng cường kỷ luật, kỷ cương hành chính; thực hiện nghiêm Quy chế làm việc của BHXH Việt Nam',
      en: 'Part (1): implement Telegram 968/CĐ-TTg; leaders’ and individual responsibility; discipline and administrative discipline; strict compliance with the VSS working regulations',
    },
  },
  {
    key: '3476/BHXH-TCCB#2.1', document: '3476/BHXH-TCCB', title: T3476, ...D3476,
    part: {
      vi: 'Mục (2), ý 1: thực hiện nhiệm vụ kịp thời; phân cấp, ủy quyền; tăng cường kiểm tra công vụ, nhất là kiểm tra đột xuất; kịp thời biểu dương, khen thưởng và xử lý nghiêm; xem xét, thay thế, điều chuyển cán bộ năng lực yếu, né tránh, đùn đẩy',
      en: 'Part (2), bullet 1: timely tasks; decentralisation and authorisation; more public-service inspections, especially unannounced ones; prompt praise and reward, strict handling; review, replace or transfer weak or evasive officials',
    },
  },
  {
    key: '3476/BHXH-TCCB#2.2', document: '3476/BHXH-TCCB', title: T3476, ...D3476,
    part: {
      vi: 'Mục (2), ý 2: rà soát quy chế làm việc; cá thể hóa trách nhiệm cá nhân trong từng khâu của quy trình xử lý công việc; thực hiện nghiêm Quy tắc ứng xử',
      en: 'Part (2), bullet 2: review working regulations; individual responsibility at each step of handling work; strict application of the Code of Conduct',
    },
  },
  {
    key: '3476/BHXH-TCCB#2.3', document: '3476/BHXH-TCCB', title: T3476, ...D3476,
    part: {
      vi: 'Mục (2), ý 3: chỉ xin ý kiến cơ quan, đơn vị liên quan trực tiếp; trả lời đúng hạn, đúng chức năng, quan điểm rõ ràng, không chung chung, né tránh',
      en: 'Part (2), bullet 3: consult only units directly concerned; reply on time, within remit, with a clear position, never vaguely or evasively',
    },
  },
  {
    key: '3476/BHXH-TCCB#2.4', document: '3476/BHXH-TCCB', title: T3476, ...D3476,
    part: {
      vi: 'Mục (2), ý 4: quán triệt và thực hiện hiệu quả Nghị định 73/2023/NĐ-CP',
      en: 'Part (2), bullet 4: explain and effectively implement Decree 73/2023/NĐ-CP',
    },
  },
  {
    key: '3476/BHXH-TCCB#2.5', document: '3476/BHXH-TCCB', title: T3476, ...D3476,
    part: {
      vi: 'Mục (2), ý 5: giải quyết thủ tục hành chính kịp thời, công khai, minh bạch; thường xuyên rà soát hồ sơ đang giải quyết; không để chậm trễ, sách nhiễu, tiêu cực; không đẩy trách nhiệm sang người dân, doanh nghiệp',
      en: 'Part (2), bullet 5: handle administrative procedures promptly, openly and transparently; regularly review pending dossiers; no delay, harassment or misconduct; never push the work onto citizens and businesses',
    },
  },
  {
    key: '3476/BHXH-TCCB#2.6', document: '3476/BHXH-TCCB', title: T3476, ...D3476,
    part: {
      vi: 'Mục (2), ý 6: phát huy kênh tiếp nhận phản ánh, kiến nghị; đối thoại với người dân, doanh nghiệp; báo cáo cấp có thẩm quyền những vấn đề vượt thẩm quyền; không đùn đẩy, né tránh',
      en: 'Part (2), bullet 6: use feedback channels; hold dialogues with citizens and businesses; report issues beyond one’s authority to the competent level; never shift or dodge them',
    },
  },
  { key: '1251/BHXH-TCCB', document: '1251/BHXH-TCCB', title: T1251, ...D1251 },
  {
    key: '1251/BHXH-TCCB#1', document: '1251/BHXH-TCCB', title: T1251, ...D1251,
    part: {
      vi: 'Thứ nhất: rà soát quy trình phân công, tổ chức thực hiện nhiệm vụ; cá thể hóa thẩm quyền, trách nhiệm của tập thể, cá nhân trong từng bước xử lý công việc; không đùn đẩy, né tránh',
      en: 'First: review how tasks are assigned and carried out; personal powers and responsibility at each step of handling work; no shifting or evading',
    },
  },
  {
    key: '1251/BHXH-TCCB#2', document: '1251/BHXH-TCCB', title: T1251, ...D1251,
    part: {
      vi: 'Thứ hai: tăng cường kiểm tra công vụ, nhất là kiểm tra đột xuất; kịp thời xem xét, thay thế, điều chuyển cán bộ năng lực yếu, sợ trách nhiệm, né tránh, đùn đẩy, trì trệ',
      en: 'Second: more inspections of work, especially sudden ones; promptly review, replace or reassign weak, evasive or procrastinating officials',
    },
  },
  {
    key: '1251/BHXH-TCCB#3', document: '1251/BHXH-TCCB', title: T1251, ...D1251,
    part: {
      vi: 'Thứ ba: xem xét, xử lý trách nhiệm tập thể, cá nhân né tránh, thiếu trách nhiệm gây chậm trễ hoặc không quyết định việc thuộc thẩm quyền; xử lý nghiêm hành vi gây phiền hà, sách nhiễu, tham nhũng, tiêu cực',
      en: 'Third: handle the responsibility of those whose evasion causes delay or who fail to decide within their authority; punish inconvenience, harassment, corruption and misconduct',
    },
  },
  {
    key: '1251/BHXH-TCCB#4', document: '1251/BHXH-TCCB', title: T1251, ...D1251,
    part: {
      vi: 'Thứ tư: kịp thời biểu dương, khen thưởng tập thể, cá nhân quyết liệt thực hiện nhiệm vụ, đạt kết quả tốt, dám nghĩ, dám nói, dám làm vì lợi ích chung',
      en: 'Fourth: promptly praise and reward those who act resolutely, achieve good results and dare to think, speak and act for the common good',
    },
  },
  {
    key: '2371/BHXH-PC', document: '2371/BHXH-PC', issuedOn: '2023-08-02', effectiveFrom: '2023-08-02',
    title: {
      vi: 'Công văn số 2371/BHXH-PC ngày 02/8/2023 của Bảo hiểm xã hội Việt Nam về việc đôn đốc, triển khai thực hiện một số nhiệm vụ cải cách hành chính thời gian tới',
      en: 'Official Letter 2371/BHXH-PC of 2 Aug 2023, Vietnam Social Security, urging certain administrative reform tasks',
    },
    confidence: 'verified', sourceFile: '001_3d518956aaf5d2ea.txt',
  },
  {
    key: '2165/CT-BHXH', document: '2165/CT-BHXH', issuedOn: '2021-07-21', effectiveFrom: '2021-07-21',
    title: {
      vi: 'Chỉ thị số 2165/CT-BHXH ngày 21/7/2021 của Tổng Giám đốc Bảo hiểm xã hội Việt Nam về tăng cường trách nhiệm của người đứng đầu trong thực hiện kỷ luật, kỷ cương hành chính, phòng, chống tham nhũng, lãng phí, đạo đức công vụ, quy tắc ứng xử, cải cách hành chính',
      en: 'Directive 2165/CT-BHXH of 21 Jul 2021, VSS General Director, on leaders’ responsibility for discipline, anti-corruption, public ethics, codes of conduct and administrative reform',
    },
    confidence: 'verified', mentionedIn: [F1251],
  },
  {
    key: '2596/QĐ-BHXH', document: '2596/QĐ-BHXH', issuedOn: '2018-12-26',
    title: {
      vi: 'Quyết định số 2596/QĐ-BHXH ngày 26/12/2018 của Tổng Giám đốc Bảo hiểm xã hội Việt Nam ban hành Quy chế làm việc của Bảo hiểm xã hội Việt Nam',
      en: 'Decision 2596/QĐ-BHXH of 26 Dec 2018, VSS General Director, issuing the Working Regulations of Vietnam Social Security',
    },
    confidence: 'verified', mentionedIn: [F3476],
    note: 'Effective date not checked against the decision.',
  },
  {
    key: 'VSS-CoC', document: 'VSS-CoC',
    title: {
      vi: 'Quy tắc ứng xử của công chức, viên chức, người lao động làm việc trong hệ thống Bảo hiểm xã hội Việt Nam',
      en: 'Code of Conduct for civil servants, public employees and workers in the Vietnam Social Security system',
    },
    confidence: 'needs-confirmation', mentionedIn: [F3476],
    note: 'Required by 3476/BHXH-TCCB part (2); the decision number and text were not found publicly (DOMAIN-NOTES). Items citing it also cite the national norms 2816/QĐ-BNV, 758/QĐ-BNV or 129/2007/QĐ-TTg.',
  },
];
