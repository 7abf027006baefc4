import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ChecklistTemplate } from '../../shared/catalogue/schema';
import type { Locale } from '../../shared/domain/localized';
import { itemsOf } from '../../shared/catalogue';
import { Severity } from '../../shared/catalogue/schema';
import { RecommendationKind, ViolationCategory } from '../../shared/domain/finding';
import { DueProcessCheck } from '../../shared/training/scenario';
import { FieldError } from '../field/FieldError';
import { emptyDueProcess, emptyFinding, type ScenarioFormValues } from './scenario-form';
import { CheckGroup, CitationSelect, ItemOptions, LocalizedField, inputId, useFieldError } from './form-fields';

/** The findings the trainee should record: whom, what kind, how classified, what to recommend. */
export function FindingKeyFields({ template, readOnly }: { template: ChecklistTemplate | undefined; readOnly: boolean }) {
  const { t } = useTranslation();
  const { control } = useFormContext<ScenarioFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'key.findings' });
  return (
    <fieldset>
      <legend>{t('training.form.findingsTitle', { count: fields.length })}</legend>
      {fields.length === 0 && <p className="muted">{t('training.form.noFindings')}</p>}
      {fields.map((field, index) => (
        <fieldset key={field.id} className="array-entry">
          <legend>{t('training.form.findingN', { n: index + 1 })}</legend>
          <ExpectedFindingFields index={index} template={template} />
          {!readOnly && <button type="button" onClick={() => remove(index)}>{t('training.form.removeFinding', { n: index + 1 })}</button>}
        </fieldset>
      ))}
      {!readOnly && <button type="button" onClick={() => append(emptyFinding())}>{t('training.form.addFinding')}</button>}
    </fieldset>
  );
}

function ExpectedFindingFields({ index, template }: { index: number; template: ChecklistTemplate | undefined }) {
  const { t } = useTranslation();
  const { register } = useFormContext<ScenarioFormValues>();
  const officials = useWatch<ScenarioFormValues, 'officials'>({ name: 'officials' });
  const base = `key.findings.${index}` as const;
  const subjectId = inputId(`${base}.subject`);
  const subjectError = useFieldError(`${base}.subject`);
  const itemsId = inputId(`${base}.itemIds`);
  const itemsError = useFieldError(`${base}.itemIds`);
  return (
    <>
      <div className="field-row">
        <div className="field">
          <label htmlFor={subjectId}>{t('training.form.subject')}</label>
          <select id={subjectId} {...register(`${base}.subject`)} aria-invalid={subjectError ? true : undefined} aria-describedby={`${subjectId}-error`}>
            <option value="">{t('form.choose')}</option>
            <option value="office">{t('findings.subjectOffice')}</option>
            {officials.filter((o) => o.id.trim() !== '').map((o) => <option key={o.id} value={o.id}>{o.fullName || o.id}</option>)}
          </select>
          <FieldError id={`${subjectId}-error`} message={subjectError} />
        </div>
        <fieldset className="check-grid">
          <legend>{t('findings.kind')}</legend>
          <label><input type="radio" value="violation" {...register(`${base}.kind`)} /> {t('findings.kinds.violation')}</label>
          <label><input type="radio" value="commendable" {...register(`${base}.kind`)} /> {t('findings.kinds.commendable')}</label>
        </fieldset>
        <div className="field">
          <label htmlFor={inputId(`${base}.minSeverity`)}>{t('training.form.minSeverity')}</label>
          <select id={inputId(`${base}.minSeverity`)} {...register(`${base}.minSeverity`)}>
            <option value="">{t('training.form.anySeverity')}</option>
            {Severity.options.map((s) => <option key={s} value={s}>{t(`severity.${s}`)}</option>)}
          </select>
        </div>
      </div>
      <CheckGroup name={`${base}.categories`} legend={t('training.form.categories')} options={ViolationCategory.options.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
      <CheckGroup name={`${base}.recommendations`} legend={t('training.form.recommendations')} options={RecommendationKind.options.map((k) => ({ value: k, label: t(`recommendation.kind.${k}`) }))} />
      <div className="field">
        <label htmlFor={itemsId}>{t('training.form.findingItems')}</label>
        <select id={itemsId} multiple size={6} {...register(`${base}.itemIds`)} aria-describedby={`${itemsId}-hint ${itemsId}-error`}>
          <ItemOptions template={template} />
        </select>
        <small id={`${itemsId}-hint`} className="muted">{t('training.form.multiHint')}</small>
        <ChosenItems index={index} template={template} />
        <FieldError id={`${itemsId}-error`} message={itemsError} />
      </div>
      <label className="checkbox">
        <input type="checkbox" {...register(`${base}.protectionClaim`)} />
        <span>{t('training.form.protectionClaim')}</span>
      </label>
      <LocalizedField name={`${base}.why`} label={t('training.form.why')} multiline rows={2} />
      <CitationSelect name={`${base}.citations`} />
    </>
  );
}

function ChosenItems({ index, template }: { index: number; template: ChecklistTemplate | undefined }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const chosen = useWatch<ScenarioFormValues, `key.findings.${number}.itemIds`>({ name: `key.findings.${index}.itemIds` });
  const items = template ? itemsOf(template).filter((item) => chosen.includes(item.id)) : [];
  return (
    <p className="chosen">
      {t('training.form.chosen')}: {items.length === 0 ? t('training.form.noneChosen') : items.map((item) => item.prompt[locale]).join('; ')}
    </p>
  );
}

/** Due-process steps the scenario tests. */
export function DueProcessKeyFields({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const { control, register } = useFormContext<ScenarioFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'key.dueProcess' });
  return (
    <fieldset>
      <legend>{t('training.form.dueProcessTitle', { count: fields.length })}</legend>
      {fields.map((field, index) => (
        <fieldset key={field.id} className="array-entry">
          <legend>{t('training.form.dueProcessN', { n: index + 1 })}</legend>
          <CheckSelect index={index} register={register} />
          <LocalizedField name={`key.dueProcess.${index}.why`} label={t('training.form.why')} multiline rows={2} />
          <CitationSelect name={`key.dueProcess.${index}.citations`} />
          {!readOnly && <button type="button" onClick={() => remove(index)}>{t('training.form.removeDueProcess', { n: index + 1 })}</button>}
        </fieldset>
      ))}
      {!readOnly && <button type="button" onClick={() => append(emptyDueProcess())}>{t('training.form.addDueProcess')}</button>}
    </fieldset>
  );
}

function CheckSelect({ index, register }: { index: number; register: ReturnType<typeof useFormContext<ScenarioFormValues>>['register'] }) {
  const { t } = useTranslation();
  const name = `key.dueProcess.${index}.check` as const;
  const id = inputId(name);
  const error = useFieldError(name);
  return (
    <div className="field">
      <label htmlFor={id}>{t('training.form.check')}</label>
      <select id={id} {...register(name)} aria-invalid={error ? true : undefined} aria-describedby={`${id}-error`}>
        <option value="">{t('form.choose')}</option>
        {DueProcessCheck.options.map((c) => <option key={c} value={c}>{t(`training.dueProcess.${c}`)}</option>)}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
