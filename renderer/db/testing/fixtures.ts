import type { ChecklistTemplate } from '../../../shared/catalogue/schema';
import type { Roster } from '../../../shared/domain/roster';
import type { NewInspectionInput } from '../../../shared/domain/new-inspection';
import type { Clock } from '../clock';

/** A small template with one item of each response type, for repository tests. */
export const TEST_TEMPLATE: ChecklistTemplate = {
  id: 'test-template',
  version: 1,
  publishedOn: '2026-11-01',
  title: { vi: 'Danh mục thử nghiệm', en: 'Test checklist' },
  description: { vi: 'Chỉ dùng cho kiểm thử', en: 'For tests only' },
  sources: ['3476/BHXH-TCCB#2.1'],
  sections: [
    {
      id: 'main',
      title: { vi: 'Phần chính', en: 'Main part' },
      items: [
        item('badge', { type: 'yes_no_na' }),
        item('courtesy', { type: 'scale', min: 1, max: 5, passAtLeast: 3, lowLabel: { vi: 'Kém', en: 'Poor' }, highLabel: { vi: 'Tốt', en: 'Good' } }),
        item('overdue', { type: 'number', unit: { vi: 'hồ sơ', en: 'dossiers' }, min: 0, max: 1000, integer: true }),
        item('remarks', { type: 'text', maxLength: 200 }),
        item('opened-at', { type: 'time' }),
      ],
    },
  ],
};

function item(id: string, response: ChecklistTemplate['sections'][number]['items'][number]['response']) {
  return {
    id,
    prompt: { vi: `Nội dung ${id} có đạt không?`, en: `Is ${id} compliant?` },
    guidance: { vi: 'Quan sát trực tiếp tại quầy.', en: 'Observe at the desk.' },
    sources: ['3476/BHXH-TCCB#2.5'],
    subject: 'office' as const,
    response,
    evidenceRequired: false,
    severity: 'medium' as const,
  };
}

export const TEST_ROSTER: Roster = {
  source: 'demo',
  version: 'test-1',
  offices: [{ code: 'TEST-01', name: 'BHXH cơ sở Thử nghiệm', province: 'Tỉnh Mẫu', address: 'Số 1 Đường Mẫu', demo: true }],
  officials: [{ id: 'TEST-01-001', officeCode: 'TEST-01', fullName: 'Nguyễn Văn Mẫu', position: 'Chuyên viên', unit: 'Bộ phận Một cửa', demo: true }],
};

export function newInspectionInput(overrides: Partial<NewInspectionInput> = {}): NewInspectionInput {
  return {
    officeCode: 'TEST-01',
    template: { id: TEST_TEMPLATE.id, version: TEST_TEMPLATE.version },
    team: { lead: 'Trần Thị Trưởng Đoàn', members: ['Lê Văn Thành Viên'] },
    unannounced: true,
    arrivalAt: '2026-11-23T01:30:00.000Z',
    ...overrides,
  };
}

/** Deterministic time (one second per call) and sequential UUID-shaped ids. */
export function steppingClock(start = Date.parse('2026-11-23T02:00:00.000Z')): Clock {
  let tick = 0;
  let id = 0;
  return {
    now: () => new Date(start + 1000 * tick++).toISOString(),
    newId: () => `00000000-0000-4000-8000-${String(++id).padStart(12, '0')}`,
  };
}
