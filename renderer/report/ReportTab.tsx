import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Inspection } from '../../shared/domain/inspection';
import type { Locale } from '../../shared/domain/localized';
import type { StoredTemplate } from '../db';
import { useWorkspaceDb } from '../db/workspace-db';
import { loadRecordParts } from '../db/repositories/record-parts';
import { bridge } from '../host';
import { InspectionReport } from './InspectionReport';
import { recordForPreview } from './record-for-preview';

/**
 * The biên bản on screen and to PDF. A sealed inspection prints the record
 * exactly as sealed; before that, a preview marked as a draft on every page.
 */
export function ReportTab({ inspection, template }: { inspection: Inspection; template: StoredTemplate }) {
  const { t } = useTranslation();
  const [locale, setLocale] = useState<Locale>('vi');
  const [printError, setPrintError] = useState<string | null>(null);
  const db = useWorkspaceDb();
  const data = useLiveQuery(async () => {
    const [stored, addenda] = await Promise.all([db.seals.get(inspection.id), db.addenda.where('inspectionId').equals(inspection.id).sortBy('number')]);
    if (stored) return { record: stored.record, seal: stored.seal, addenda };
    const { parts } = await loadRecordParts(db, inspection.id);
    return { record: recordForPreview(parts), seal: null, addenda };
  }, [db, inspection.id, inspection.lastAuditSeq]);

  const print = async () => {
    setPrintError(null);
    const date = inspection.arrivalAt.slice(0, 10);
    const result = await bridge.printToPDF({ title: `bien-ban-kiem-tra-${inspection.officeCode}-${date}` });
    if (!result.ok && result.error.code !== 'cancelled') setPrintError(t(`report.printError.${result.error.code === 'print_failed' ? 'failed' : 'other'}`));
  };

  if (data === undefined) return <p className="muted" role="status">{t('common.loading')}</p>;
  return (
    <div className="report-tab">
      <div className="report-toolbar no-print">
        <button type="button" className="primary" onClick={() => void print()}>{t('report.print')}</button>
        <label>
          {t('report.language')}{' '}
          <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            <option value="vi">{t('language.vi')}</option>
            <option value="en">{t('language.en')}</option>
          </select>
        </label>
        {data.seal === null && <span className="muted">{t('report.draftNote')}</span>}
        {printError && <span className="form-error" role="alert">{printError}</span>}
      </div>
      <InspectionReport record={data.record} template={template} seal={data.seal} addenda={data.addenda} locale={locale} />
    </div>
  );
}
