import { beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import i18next, { type i18n } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { FindingRecord } from '../../shared/domain/finding-record';
import type { StoredDecision } from '../db';
import { resources } from '../i18n';
import { inspectionDecisionsView } from '../sync/decision-view';
import { DecisionPanel, DecisionShort } from './DecisionPanel';

let vi: i18n;
let en: i18n;
beforeAll(async () => {
  const make = async (lng: 'vi' | 'en') => {
    const instance = i18next.createInstance();
    await instance.use(initReactI18next).init({ resources, lng, fallbackLng: false, interpolation: { escapeValue: false } });
    return instance;
  };
  [vi, en] = await Promise.all([make('vi'), make('en')]);
});

const finding = {
  id: '00000000-0000-4000-8000-000000000001',
  inspectionId: '00000000-0000-4000-8000-0000000000aa',
  kind: 'violation',
  status: 'open',
  proposal: { kind: 'reassignment', ruleId: 'r', citations: [], reason: { vi: 'x', en: 'x' }, rulesetVersion: 't' },
  override: null,
} as unknown as FindingRecord;

const decision = (overrides: Partial<StoredDecision>): StoredDecision => ({
  format: 'inspection-kit/decision/v1',
  id: '018f6d7e-0000-7000-8000-000000000001',
  inspectionId: finding.inspectionId,
  findingId: finding.id,
  outcome: 'change',
  changedTo: 'review',
  reason: 'Lần đầu vi phạm, đã khắc phục.',
  decidedAt: '2026-11-26T02:00:00.000Z',
  approvedAt: '2026-11-26T03:00:00.000Z',
  signature: 'sig',
  ...overrides,
});

function render(instance: i18n, decisions: StoredDecision[]): { panel: string; short: string } {
  const view = inspectionDecisionsView([finding], decisions).byFinding.get(finding.id);
  if (!view) throw new Error('no view');
  const wrap = (node: React.ReactNode) => renderToStaticMarkup(<I18nextProvider i18n={instance}>{node}</I18nextProvider>);
  return { panel: wrap(<DecisionPanel finding={finding} view={view} />), short: wrap(<DecisionShort view={view} />) };
}

describe('DecisionPanel', () => {
  it('shows outcome, reason, time and the approver confirmation, in Vietnamese by default', () => {
    const { panel, short } = render(vi, [decision({})]);
    expect(panel).toContain('Quyết định của HQ');
    expect(panel).toContain('Đổi thành: Kiểm điểm');
    expect(panel).toContain('Lần đầu vi phạm, đã khắc phục.');
    expect(panel).toContain('Người phê duyệt của HQ đã xác nhận lúc');
    expect(panel).toContain('đã đóng');
    expect(short).toContain('HQ đổi thành Kiểm điểm');
  });

  it('in English, flags a missing approver confirmation and says what HQ replaced', () => {
    const replaced = decision({ id: '018f6d7e-0000-7000-8000-000000000000', outcome: 'approve', changedTo: undefined, decidedAt: '2026-11-25T02:00:00.000Z', supersededAt: '2026-11-26T01:00:00.000Z' });
    const { panel } = render(en, [replaced, decision({ approvedAt: undefined })]);
    expect(panel).toContain('Changed to: Review');
    expect(panel).toContain('needs an HQ approver');
    expect(panel).toContain('Earlier decisions (1)');
    expect(panel).toContain('Approved: Reassignment');
  });

  it('says HQ is reviewing again when its only decision was withdrawn', () => {
    const { panel, short } = render(vi, [decision({ supersededAt: '2026-11-27T01:00:00.000Z' })]);
    expect(panel).toContain('HQ đã rút lại quyết định trước đó');
    expect(short).toContain('Chờ HQ quyết định');
  });
});
