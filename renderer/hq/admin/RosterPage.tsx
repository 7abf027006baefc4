import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { PublishedVersion, RosterReport } from '../../../shared/hq/admin';
import { FieldError } from '../../field/FieldError';
import { hqJson, type HqApiError } from '../api';
import { HqErrorMessage } from '../HqStatus';
import { useHqLabels } from '../insights/labels';
import { hqRefusal } from '../use-hq-data';
import { AdminOnly } from './admin-gate';
import { RosterFileSchema, type RosterFileValues } from './roster-form';
import { RosterReportView } from './RosterReportView';
import '../../styles/hq-insights.css';

const CSV = 'text/csv; charset=utf-8';

const removals = (report: RosterReport): number => report.changes.removedOfficials + (report.changes.removedOffices ?? 0);

/** Admin: a roster CSV, previewed (counts, changes, refused rows), then imported only when valid. */
export function RosterPage() {
  const { t } = useTranslation();
  return (
    <section className="hqi-page" aria-labelledby="hqi-roster-title">
      <div className="page-head">
        <div>
          <h1 id="hqi-roster-title">{t('hqInsights.roster.title')}</h1>
          <p className="muted">{t('hqInsights.roster.intro')}</p>
        </div>
      </div>
      <AdminOnly><RosterImport /></AdminOnly>
    </section>
  );
}

interface Previewed { readonly file: File; readonly text: string; readonly report: RosterReport }

function RosterImport() {
  const { t } = useTranslation();
  const l = useHqLabels();
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const [refusal, setRefusal] = useState<HqApiError | null>(null);
  const [imported, setImported] = useState<PublishedVersion | null>(null);
  const [importing, setImporting] = useState(false);
  // Removals take officials off every device's list: the admin says they meant it.
  const [removalsConfirmed, setRemovalsConfirmed] = useState<Previewed | null>(null);
  const { register, handleSubmit, control, formState: { errors, isSubmitting } } = useForm<RosterFileValues>({ resolver: zodResolver(RosterFileSchema) });
  const files = useWatch({ control, name: 'files' }) as FileList | undefined;
  // A report belongs to the file it was made from; another pick hides it.
  const current = previewed !== null && files?.[0] === previewed.file ? previewed : null;

  const preview = async ({ files: picked }: RosterFileValues) => {
    const file = picked[0];
    if (file === undefined) return;
    setRefusal(null);
    setImported(null);
    try {
      const text = await file.text();
      const report = await hqJson<RosterReport>('/v1/hq/roster/preview', { method: 'POST', text, contentType: CSV });
      setPreviewed({ file, text, report });
    } catch (error) {
      setPreviewed(null);
      setRefusal(hqRefusal(error));
    }
  };

  const importRoster = async (target: Previewed) => {
    setImporting(true);
    setRefusal(null);
    try {
      setImported(await hqJson<PublishedVersion>('/v1/hq/roster', { method: 'POST', text: target.text, contentType: CSV }));
    } catch (error) {
      const answer = hqRefusal(error);
      const report = answer.body['report'];
      // 422 invalid_roster carries the report (shared/hq/admin.ts): show why, as the preview does.
      if (answer.code === 'invalid_roster' && typeof report === 'object' && report !== null) setPreviewed({ ...target, report: report as RosterReport });
      else setRefusal(answer);
    } finally {
      setImporting(false);
    }
  };

  return (
    <section className="hqi-card" aria-labelledby="hqi-roster-form-title">
      <h2 id="hqi-roster-form-title">{t('hqInsights.roster.formTitle')}</h2>
      <form noValidate onSubmit={(event) => void handleSubmit(preview)(event)} aria-labelledby="hqi-roster-form-title">
        <div className="field">
          <label htmlFor="hqi-roster-file">{t('hqInsights.roster.file')}</label>
          <input id="hqi-roster-file" type="file" accept=".csv,text/csv" {...register('files')}
            aria-invalid={errors.files ? true : undefined} aria-describedby="hqi-roster-file-hint hqi-roster-file-error" />
          <small id="hqi-roster-file-hint" className="muted">{t('hqInsights.roster.fileHint')}</small>
          <FieldError id="hqi-roster-file-error" message={errors.files?.message} />
        </div>
        <div className="form-actions hqi-actions-start">
          <button type="submit" disabled={isSubmitting}>{isSubmitting ? t('hqInsights.roster.previewing') : t('hqInsights.roster.preview')}</button>
        </div>
      </form>
      <div aria-live="polite">
        {refusal && <HqErrorMessage error={refusal} />}
        {current && (
          <>
            <h3>{t('hqInsights.roster.reportTitle', { name: current.file.name })}</h3>
            <RosterReportView report={current.report} />
            {imported === null && current.report.valid && removals(current.report) > 0 && (
              <label className="checkbox hqi-note">
                <input type="checkbox" checked={removalsConfirmed === current} onChange={(e) => setRemovalsConfirmed(e.target.checked ? current : null)} />
                <span>{t('hqInsights.roster.confirmRemovals', { officials: l.number(current.report.changes.removedOfficials), offices: l.number(current.report.changes.removedOffices ?? 0) })}</span>
              </label>
            )}
            {imported === null ? (
              <div className="form-actions hqi-actions-start">
                <button type="button" className="primary" disabled={!current.report.valid || importing || (removals(current.report) > 0 && removalsConfirmed !== current)} onClick={() => void importRoster(current)}
                  aria-describedby={current.report.valid ? undefined : 'hqi-roster-blocked'}>
                  {importing ? t('hqInsights.roster.importing') : t('hqInsights.roster.import')}
                </button>
                {!current.report.valid && <span id="hqi-roster-blocked" className="muted">{t('hqInsights.roster.fixFirst')}</span>}
              </div>
            ) : (
              <p className="hqi-success" role="status">{t('hqInsights.roster.imported', { version: imported.version })}</p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
