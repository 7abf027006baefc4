import type { Citation } from './citation-schema';

const F33 = '000_9bf24967f637fae0.txt';
const F3476 = '002_62c413c5712133e7.txt';
const F1251 = '003_7c4bd907e65d9c6e.txt';
const ONE_STOP_2025 = 'Replaced by Decree 118/2025/NĐ-CP from 2025-07-01 (DOMAIN-NOTES, marked V-ish).';

/** Government, Prime Minister and Ministry documents that the sources name or DOMAIN-NOTES adds. */
export const NATIONAL_CITATIONS: readonly Citation[] = [
  {
    key: '968/CĐ-TTg', document: '968/CĐ-TTg', issuedOn: '2023-10-16', effectiveFrom: '2023-10-16',
    title: {
      vi: 'Công điện số 968/CĐ-TTg ngày 16/10/2023 của Thủ tướng Chính phủ về việc tiếp tục chấn chỉnh, tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước các cấp',
      en: 'Official Telegram 968/CĐ-TTg of 16 Oct 2023, Prime Minister, on continuing to rectify and strengthen discipline in state administrative agencies at all levels',
    },
    confidence: 'verified', mentionedIn: [F3476],
    note: 'Enclosed with 3476/BHXH-TCCB, which implements it; its own text is not in sources/.',
  },
  {
    key: '280/CĐ-TTg', document: '280/CĐ-TTg', issuedOn: '2023-04-19', effectiveFrom: '2023-04-19',
    title: {
      vi: 'Công điện số 280/CĐ-TTg ngày 19/4/2023 của Thủ tướng Chính phủ về việc chấn chỉnh, tăng cường trách nhiệm trong xử lý công việc của các bộ, cơ quan, địa phương',
      en: 'Official Telegram 280/CĐ-TTg of 19 Apr 2023, Prime Minister, on rectifying and strengthening responsibility in handling work at ministries, agencies and localities',
    },
    confidence: 'verified', mentionedIn: [F1251, F3476],
  },
  {
    key: '33/CT-TTg', document: '33/CT-TTg',
    title: {
      vi: 'Chỉ thị số 33/CT-TTg năm 2021 của Thủ tướng Chính phủ về tiếp tục tăng cường, đổi mới công tác dân vận của cơ quan hành chính nhà nước và chính quyền các cấp trong tình hình mới',
      en: 'Directive 33/CT-TTg (2021), Prime Minister, on stepping up and renewing mass-mobilisation work of state administrative agencies and authorities at all levels',
    },
    confidence: 'verified', sourceFile: F33,
    note: 'Exact issue date not in the source (reported on 6 Dec 2021).',
  },
  {
    key: '73/2023/NĐ-CP', document: '73/2023/NĐ-CP', issuedOn: '2023-09-29',
    title: {
      vi: 'Nghị định số 73/2023/NĐ-CP ngày 29/9/2023 của Chính phủ quy định về khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm, dám đột phá, dám chịu trách nhiệm vì lợi ích chung',
      en: 'Decree 73/2023/NĐ-CP of 29 Sep 2023, Government, on encouraging and protecting dynamic, creative officials who dare to think, act, make breakthroughs and take responsibility for the common good',
    },
    confidence: 'verified', mentionedIn: [F3476],
    note: 'Issue date verified (DOMAIN-NOTES); effective date not recorded.',
  },
  {
    key: '2816/QĐ-BNV', document: '2816/QĐ-BNV',
    title: {
      vi: 'Quyết định số 2816/QĐ-BNV năm 2017 của Bộ Nội vụ về quy tắc ứng xử của cán bộ, công chức, viên chức tại chính quyền địa phương',
      en: 'Decision 2816/QĐ-BNV (2017), Ministry of Home Affairs, code of conduct for officials in local government',
    },
    confidence: 'verified',
    note: 'Content verified per DOMAIN-NOTES; title paraphrased and issue day not recorded. Cited as a national norm with the same content as the VSS Code of Conduct.',
  },
  {
    key: '758/QĐ-BNV', document: '758/QĐ-BNV',
    title: {
      vi: 'Quyết định số 758/QĐ-BNV năm 2021 của Bộ Nội vụ về quy tắc ứng xử của công chức, viên chức, người lao động',
      en: 'Decision 758/QĐ-BNV (2021), Ministry of Home Affairs, code of conduct for civil servants, public employees and workers',
    },
    confidence: 'verified',
    note: 'Content verified per DOMAIN-NOTES (no money or gifts, no indifference, never reveal complainants); title paraphrased.',
  },
  {
    key: '129/2007/QĐ-TTg', document: '129/2007/QĐ-TTg', issuedOn: '2007-08-02',
    title: {
      vi: 'Quyết định số 129/2007/QĐ-TTg ngày 02/8/2007 của Thủ tướng Chính phủ ban hành Quy chế văn hóa công sở tại các cơ quan hành chính nhà nước',
      en: 'Decision 129/2007/QĐ-TTg of 2 Aug 2007, Prime Minister, issuing the Regulation on office culture in state administrative agencies',
    },
    confidence: 'needs-confirmation',
    note: 'Marked [M] in DOMAIN-NOTES; whether it is still in force has not been checked.',
  },
  {
    key: '61/2018/NĐ-CP', document: '61/2018/NĐ-CP', issuedOn: '2018-04-23', effectiveFrom: '2018-06-21', effectiveTo: '2025-06-30',
    title: {
      vi: 'Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
      en: 'Decree 61/2018/NĐ-CP of 23 Apr 2018, Government, on the one-stop and inter-agency one-stop mechanism for administrative procedures',
    },
    confidence: 'needs-confirmation', replacedBy: ['118/2025/NĐ-CP'],
    note: `Historical. ${ONE_STOP_2025} Issue and effective dates not checked against the official text.`,
  },
  {
    key: '107/2021/NĐ-CP', document: '107/2021/NĐ-CP', issuedOn: '2021-12-06', effectiveTo: '2025-06-30',
    title: {
      vi: 'Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
      en: 'Decree 107/2021/NĐ-CP of 6 Dec 2021, Government, amending Decree 61/2018/NĐ-CP on the one-stop mechanism',
    },
    confidence: 'needs-confirmation', replacedBy: ['118/2025/NĐ-CP'],
    note: `Historical. ${ONE_STOP_2025} Issue date not checked against the official text.`,
  },
  {
    key: '118/2025/NĐ-CP', document: '118/2025/NĐ-CP', effectiveFrom: '2025-07-01',
    title: {
      vi: 'Nghị định số 118/2025/NĐ-CP của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
      en: 'Decree 118/2025/NĐ-CP, Government, on handling administrative procedures under the one-stop mechanism at one-stop desks and on the National Public Service Portal',
    },
    confidence: 'needs-confirmation', replaces: ['61/2018/NĐ-CP', '107/2021/NĐ-CP'],
    note: 'The one-stop rule in force from 2025-07-01 (DOMAIN-NOTES, marked V-ish). Title and issue date to confirm against the official text.',
  },
  {
    key: '01/2018/TT-VPCP', document: '01/2018/TT-VPCP', issuedOn: '2018-11-23',
    title: {
      vi: 'Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
      en: 'Circular 01/2018/TT-VPCP of 23 Nov 2018, Government Office, guiding Decree 61/2018/NĐ-CP on the one-stop mechanism',
    },
    confidence: 'needs-confirmation',
    note: 'Source of the form numbers Mẫu 01–06 (marked [M] in DOMAIN-NOTES). It guides Decree 61/2018; whether its forms still apply under Decree 118/2025 must be confirmed.',
  },
  {
    key: '98/2023/NĐ-CP', document: '98/2023/NĐ-CP', effectiveFrom: '2024-01-01',
    title: {
      vi: 'Nghị định số 98/2023/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      en: 'Decree 98/2023/NĐ-CP, Government, detailing the Law on Emulation and Commendation',
    },
    part: { vi: 'Điều 4: không đề nghị khen thưởng người đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra', en: 'Art. 4: no commendation proposed for a person under disciplinary review, investigation or inspection' },
    confidence: 'needs-confirmation',
    note: 'Art. 4 content is marked [V] in DOMAIN-NOTES; the issue date and the effective date (assumed with Law 06/2022/QH15, 2024-01-01) are not checked against the official text.',
  },
  {
    key: '112/2020/NĐ-CP', document: '112/2020/NĐ-CP', effectiveTo: '2025-06-30',
    title: {
      vi: 'Nghị định số 112/2020/NĐ-CP của Chính phủ về xử lý kỷ luật cán bộ, công chức, viên chức (sửa đổi bởi Nghị định 71/2023/NĐ-CP)',
      en: 'Decree 112/2020/NĐ-CP, Government, on disciplining cadres, civil servants and public employees (amended by Decree 71/2023/NĐ-CP)',
    },
    confidence: 'needs-confirmation',
    note: 'Discipline forms (Art. 7) are marked [V] in DOMAIN-NOTES; its replacement from 2025-07-01 is [M]: the successor decree number is not yet confirmed.',
  },
];
