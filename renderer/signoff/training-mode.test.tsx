import { beforeAll, describe, expect, it, vi as vitest } from 'vitest';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import i18next, { type i18n } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { Inspection } from '../../shared/domain/inspection';
import { fieldDatabase } from '../db';
import { WorkspaceDbProvider } from '../db/workspace-db';
import { resources } from '../i18n';
import { InspectionSyncPanel } from '../sync/ui/InspectionSyncPanel';
import { SyncPage } from '../sync/ui/SyncPage';
import { trainingDatabase } from '../training/db/training-db';
import { SealAction } from './SealAction';

// The UI store reads the route from `window.location` when it loads; a server render has no window.
vitest.hoisted(() => {
  (globalThis as { window?: unknown }).window ??= { location: { hash: '' } };
});

/** Issue 7: inside the training workspace the field screens offer no seal, sync or `.ikb` export, and say why. */
let vi: i18n;
beforeAll(async () => {
  vi = i18next.createInstance();
  await vi.use(initReactI18next).init({ resources, lng: 'vi', fallbackLng: false, interpolation: { escapeValue: false } });
});

const inspection = { id: '00000000-0000-4000-8000-0000000000aa' } as Inspection;
const NOTE = 'Diễn tập: không khóa, không gửi về HQ';

function render(node: ReactNode, mode: 'field' | 'training'): string {
  const inner = mode === 'training' ? <WorkspaceDbProvider db={trainingDatabase()} mode="training">{node}</WorkspaceDbProvider> : node;
  return renderToStaticMarkup(<I18nextProvider i18n={vi}>{inner}</I18nextProvider>);
}

describe('training mode in the field screens', () => {
  it('offers the seal in the field, and only the note in training', () => {
    const sealButton = `>${vi.t('lifecycle.seal')}</button>`;
    expect(render(<SealAction inspection={inspection} blockers={[]} />, 'field')).toContain(sealButton);
    const training = render(<SealAction inspection={inspection} blockers={[]} />, 'training');
    expect(training).not.toContain('<button');
    expect(training).toContain(NOTE);
  });

  it('offers the .ikb export in the field, and only the note in training', () => {
    const exportOne = vi.t('sync.export.one');
    expect(render(<InspectionSyncPanel inspectionId={inspection.id} />, 'field')).toContain(exportOne);
    const training = render(<InspectionSyncPanel inspectionId={inspection.id} />, 'training');
    expect(training).not.toContain(exportOne);
    expect(training).toContain(NOTE);
  });

  it('shows no enrollment or outbox on the sync page in training', () => {
    const training = render(<SyncPage />, 'training');
    expect(training).toContain(NOTE);
    expect(training).not.toContain(vi.t('common.loading'));
  });

  it('refuses a training workspace on the field database', () => {
    expect(() => renderToStaticMarkup(<WorkspaceDbProvider db={fieldDatabase()} mode="training">x</WorkspaceDbProvider>)).toThrow(/field database/);
  });
});
