import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/domain/localized';
import { useUiStore } from '../app/ui-store';
import { emptyScenarioForm, formValuesOf } from './scenario-form';
import { ScenarioForm } from './ScenarioForm';
import { useLatestScenario } from './use-training-data';

interface Props {
  id: string | null;
  edit: boolean;
  copyOf: string | undefined;
}

/** A new scenario (blank, or a copy), a trainer's scenario to edit, or a shipped one to read. */
export function ScenarioEditorPage({ id, edit, copyOf }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const navigate = useUiStore((s) => s.navigate);
  const existing = useLatestScenario(id ?? copyOf);
  const toList = () => navigate({ name: 'training', page: { page: 'scenarios' } });
  const defaults = useMemo(() => {
    if (id === null && copyOf === undefined) return emptyScenarioForm();
    if (!existing) return undefined;
    const values = formValuesOf(existing.scenario);
    if (id !== null) return values;
    // A copy is told apart from its original in both languages.
    const title = { vi: `${values.title.vi} ${t('training.form.copySuffix', { lng: 'vi' })}`, en: `${values.title.en} ${t('training.form.copySuffix', { lng: 'en' })}` };
    return { ...values, id: `${values.id}-copy`.slice(0, 64), version: 1, title };
  }, [id, copyOf, existing, t]);

  if ((id !== null || copyOf !== undefined) && existing === null) {
    return (
      <div className="empty-state" role="alert">
        <p>{t('training.scenarios.notFound')}</p>
        <button type="button" onClick={toList}>{t('training.form.back')}</button>
      </div>
    );
  }
  if (defaults === undefined) return <p className="muted" role="status">{t('common.loading')}</p>;

  const shipped = existing?.shipped === true && id !== null;
  const readOnly = shipped || !edit;
  const heading = id === null ? t('training.form.newTitle') : readOnly ? existing?.scenario.title[locale] : t('training.form.editTitle', { title: existing?.scenario.title[locale] ?? id });
  return (
    <div className="scenario-editor">
      <div className="page-head">
        <div>
          <h1>{heading}</h1>
          <p className="muted">
            {shipped ? t('training.form.shippedNote') : readOnly ? t('training.form.viewNote') : t('training.form.intro')}
            {id !== null && existing ? ` · ${t('training.scenarios.version', { version: existing.scenario.version })}` : ''}
          </p>
        </div>
        {readOnly && id !== null && (
          <div className="row-actions">
            {!shipped && <button type="button" onClick={() => navigate({ name: 'training', page: { page: 'scenario', id, edit: true } })}>{t('training.scenarios.edit')}</button>}
            <button type="button" onClick={() => navigate({ name: 'training', page: { page: 'scenario', id: null, edit: true, copyOf: id } })}>{t('training.scenarios.copy')}</button>
          </div>
        )}
      </div>
      <ScenarioForm defaults={defaults} isNew={id === null} readOnly={readOnly} onSaved={toList} onCancel={toList} />
    </div>
  );
}
