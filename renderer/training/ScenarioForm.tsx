import { FormProvider, useForm, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/domain/localized';
import { latestTemplates } from '../../shared/catalogue';
import type { Scenario } from '../../shared/training/scenario';
import { useRepositoryAction } from '../findings/use-repository-action';
import { FieldError } from '../field/FieldError';
import { scenarioResolver, templateOf, toScenario, type ScenarioFormValues } from './scenario-form';
import { Field, LocalizedField, inputId, useFieldError } from './form-fields';
import { OfficeFields, OfficialsFields } from './OfficialsFields';
import { AnswerKeyFields } from './AnswerKeyFields';
import { DueProcessKeyFields, FindingKeyFields } from './FindingKeyFields';
import { saveTrainerScenario } from './scenario-store';

interface Props {
  defaults: ScenarioFormValues;
  isNew: boolean;
  readOnly: boolean;
  onSaved: (scenario: Scenario) => void;
  onCancel: () => void;
}

/** The scenario editor: react-hook-form, judged by the shared Scenario schema and the catalogue checks. */
export function ScenarioForm({ defaults, isNew, readOnly, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<ScenarioFormValues>({ resolver: scenarioResolver, defaultValues: defaults, mode: 'onSubmit' });
  const { handleSubmit, formState, setError } = form;
  const { run, error, busy } = useRepositoryAction();
  const templateRef = useWatch({ control: form.control, name: 'template' });
  const template = templateOf(templateRef);
  const errorCount = Object.keys(formState.errors).length;

  const onSubmit = (values: ScenarioFormValues) =>
    run(async () => {
      const saved = await saveTrainerScenario(toScenario(values), isNew);
      if (!saved.ok) {
        setError('id', { type: 'validate', message: `training.form.errors.${saved.error.code}` });
        return;
      }
      onSaved(saved.value);
    });

  return (
    <FormProvider {...form}>
      <form className="scenario-form" noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)} aria-label={t('training.form.label')}>
        {errorCount > 0 && (
          <p className="form-error-summary" role="alert">
            {t('training.form.fixErrors')}
            {formState.errors.root?.message ? ` ${t(formState.errors.root.message)}` : ''}
          </p>
        )}
        <fieldset disabled={readOnly} className="plain">
          <BasicsFields isNew={isNew} />
          <OfficeFields />
          <OfficialsFields readOnly={readOnly} />
          <AnswerKeyFields template={template} readOnly={readOnly} />
          <FindingKeyFields template={template} readOnly={readOnly} />
          <DueProcessKeyFields readOnly={readOnly} />
        </fieldset>
        {error && <p className="form-error" role="alert">{error}</p>}
        <div className="form-actions">
          <button type="button" onClick={onCancel}>{readOnly ? t('training.form.back') : t('common.cancel')}</button>
          {!readOnly && <button type="submit" className="primary" disabled={busy}>{t('training.form.save')}</button>}
        </div>
      </form>
    </FormProvider>
  );
}

function BasicsFields({ isNew }: { isNew: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { register } = useFormContext<ScenarioFormValues>();
  const templateError = useFieldError('template');
  const templateId = inputId('template');
  return (
    <fieldset>
      <legend>{t('training.form.basicsTitle')}</legend>
      <div className="field-row">
        <div className="field">
          <label htmlFor={inputId('id')}>{t('training.form.id')}</label>
          <input id={inputId('id')} {...register('id')} readOnly={!isNew} aria-describedby={`${inputId('id')}-hint ${inputId('id')}-error`} />
          <small id={`${inputId('id')}-hint`} className="muted">{t('training.form.idHint')}</small>
          <FieldError id={`${inputId('id')}-error`} message={useFieldError('id')} />
        </div>
        <div className="field">
          <label htmlFor={templateId}>{t('training.form.template')}</label>
          <select id={templateId} {...register('template')} aria-invalid={templateError ? true : undefined} aria-describedby={`${templateId}-error`}>
            <option value="">{t('form.choose')}</option>
            {latestTemplates().map((tpl) => (
              <option key={`${tpl.id}@${String(tpl.version)}`} value={`${tpl.id}@${String(tpl.version)}`}>{tpl.title[locale]} — {t('form.version', { version: tpl.version })}</option>
            ))}
          </select>
          <FieldError id={`${templateId}-error`} message={templateError} />
        </div>
        <Field name="targetMinutes" label={t('training.form.targetMinutes')} number />
      </div>
      <LocalizedField name="title" label={t('training.form.title')} />
      <LocalizedField name="summary" label={t('training.form.summary')} multiline rows={2} />
      <LocalizedField name="situation" label={t('training.form.situation')} multiline rows={6} />
    </fieldset>
  );
}
