// Built with the renderer's Vite config (locale globs, CSS, JSX) and served under the
// app's CSP; report-pdf.e2e.ts drives it through `window.reportHarness`.
import { StrictMode, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../../../renderer/styles/app.css';
import { initI18n } from '../../../../renderer/i18n';
import { InspectionReport, type SealedAddendum } from '../../../../renderer/report/InspectionReport';
import { recordForPreview } from '../../../../renderer/report/record-for-preview';
import { SignaturePad } from '../../../../renderer/signoff/SignaturePad';
import { drawStrokeTail, drawTypedName, exportSignature, preparePad, type StrokePoint } from '../../../../renderer/signoff/signature-canvas';
import { findTemplate } from '../../../../shared/catalogue';
import type { Locale } from '../../../../shared/domain/localized';
import { addendumRecord } from '../../../../shared/seal/inspection-record';
import { fingerprint, generateDeviceKey, sealRecord, type Seal } from '../../../../shared/seal/seal';
import type { SealCrypto } from '../../../../shared/seal/subtle';
import { fixtureAddendum, fixtureParts } from '../report-fixture';

const subtle = crypto.subtle as unknown as SealCrypto;
const element = (id: string): HTMLElement => document.getElementById(id) ?? document.body;

/** A looping hand-like stroke with a flourish, drawn through the pad's own drawing code. */
function drawnSignature(): string {
  const canvas = document.createElement('canvas');
  preparePad(canvas, 2);
  const stroke = (at: (s: number) => StrokePoint, samples: number) => {
    const points: StrokePoint[] = [];
    for (let i = 0; i <= samples; i++) {
      points.push(at(i / samples));
      drawStrokeTail(canvas, points);
    }
    drawStrokeTail(canvas, points, true);
  };
  stroke((s) => ({ x: 70 + 300 * s + 24 * Math.cos(s * 19), y: 84 - 34 * Math.sin(s * 19) * (1 - 0.6 * s), width: 1.6 + 1.6 * Math.sin(s * Math.PI) }), 160);
  stroke((s) => ({ x: 90 + 320 * s, y: 118 - 14 * Math.sin(s * Math.PI), width: 2.2 - 1.2 * s }), 40);
  return exportSignature(canvas) ?? '';
}

function typedSignature(name: string): string {
  const canvas = document.createElement('canvas');
  preparePad(canvas, 2);
  drawTypedName(canvas, name);
  return exportSignature(canvas) ?? '';
}

let padValues: (string | null)[] = [null, null];

function PadBench() {
  const [values, setValues] = useState<(string | null)[]>(padValues);
  const update = (index: number) => (png: string | null) => {
    padValues = padValues.map((value, i) => (i === index ? png : value));
    setValues(padValues);
  };
  return (
    <>
      <SignaturePad label="Chữ ký của trưởng đoàn" value={values[0] ?? null} onChange={update(0)} />
      <SignaturePad label="Chữ ký của thủ trưởng đơn vị" value={values[1] ?? null} onChange={update(1)} />
      <SignaturePad label="Chữ ký đã lưu" value={typedSignature('Trần Văn Bình')} onChange={update(2)} disabled />
    </>
  );
}

const reportRoot = createRoot(element('report-root'));
const padRoot = createRoot(element('pad-root'));

const harness = {
  /** Renders the fixture record, sealed (with one sealed addendum) or as a draft preview. */
  async showReport(options: { sealed: boolean; locale: Locale }): Promise<{ fingerprint: string | null; signatures: string[] }> {
    const template = findTemplate('unannounced-district-office', 1);
    if (!template) throw new Error('template missing');
    const signatures = [drawnSignature(), typedSignature('Nguyễn Văn An')];
    const record = recordForPreview(fixtureParts(template, { lead: signatures[0] ?? '', officeHead: signatures[1] ?? '' }));
    let seal: Seal | null = null;
    const addenda: SealedAddendum[] = [];
    if (options.sealed) {
      const key = await generateDeviceKey(subtle);
      const sealed = await sealRecord(subtle, key, record, '2026-11-23T03:50:00.000Z');
      if (!sealed.ok) throw new Error(sealed.error.code);
      seal = sealed.value;
      const content = fixtureAddendum(seal.recordHash);
      const addendumSeal = await sealRecord(subtle, key, addendumRecord(content), content.createdAt);
      if (!addendumSeal.ok) throw new Error(addendumSeal.error.code);
      addenda.push({ ...content, seal: addendumSeal.value });
    }
    flushSync(() => {
      reportRoot.render(
        <StrictMode>
          <InspectionReport record={record} template={template} seal={seal} addenda={addenda} locale={options.locale} />
        </StrictMode>,
      );
    });
    return { fingerprint: seal === null ? null : fingerprint(seal), signatures };
  },
  showPads(): void {
    flushSync(() => padRoot.render(<StrictMode><PadBench /></StrictMode>));
  },
  padValues: (): (string | null)[] => padValues,
};

await initI18n('vi');
(window as unknown as { reportHarness: typeof harness }).reportHarness = harness;
document.title = 'report-ready';
