import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishedVersion, TemplatePreview, ValidationIssue } from '../../../shared/hq/admin';
import { hqJson, type HqApiError } from '../api';
import { HqErrorMessage } from '../HqStatus';
import { useHqLabels } from '../insights/labels';
import { hqRefusal } from '../use-hq-data';
import { TemplateDiffTable } from './TemplateDiffTable';
import { issuesOf } from './ValidationIssues';
import { VersionConflict } from './VersionConflict';

/** The previewed version and its diff; "Công bố" asks once more, then publishes exactly the previewed text. */
export function TemplatePreviewPanel({ source, preview, onPublished, onInvalid }: {
  source: string;
  preview: TemplatePreview;
  onPublished: (template: TemplatePreview['template'], version: PublishedVersion) => void;
  onInvalid: (source: string, issues: readonly ValidationIssue[]) => void;
}) {
  const { t } = useTranslation();
  const l = useHqLabels();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<HqApiError | null>(null);
  const { template, previousVersion } = preview;

  const publish = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      const version = await hqJson<PublishedVersion>('/v1/hq/templates', { method: 'POST', json: JSON.parse(source) });
      onPublished(template, version);
    } catch (error) {
      const answer = hqRefusal(error);
      if (answer.code === 'invalid_template') onInvalid(source, issuesOf(answer));
      else setRefusal(answer);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="hqi-preview">
      <h3>{t('hqInsights.templates.previewTitle', { id: template.id, version: l.number(template.version), title: template.title[l.locale] })}</h3>
      <p className="muted">
        {previousVersion === null ? t('hqInsights.templates.firstVersion') : t('hqInsights.templates.previousVersion', { version: l.number(previousVersion) })}
      </p>
      <TemplateDiffTable diff={preview.diff} />
      {refusal?.code === 'version_conflict' && <VersionConflict error={refusal} id={template.id} />}
      {refusal !== null && refusal.code !== 'version_conflict' && <HqErrorMessage error={refusal} />}
      {!confirming ? (
        <div className="form-actions hqi-actions-start">
          <button type="button" className="primary" onClick={() => setConfirming(true)}>{t('hqInsights.templates.publish')}</button>
        </div>
      ) : (
        <div className="hqi-confirm" role="group" aria-labelledby="hqi-confirm-text">
          <p id="hqi-confirm-text">{t('hqInsights.templates.confirm', { id: template.id, version: l.number(template.version) })}</p>
          <div className="form-actions hqi-actions-start">
            <button type="button" className="primary" disabled={busy} onClick={() => void publish()}>
              {busy ? t('hqInsights.templates.publishing') : t('hqInsights.templates.confirmPublish')}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(false)}>{t('hqInsights.cancel')}</button>
          </div>
        </div>
      )}
    </div>
  );
}
