import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { emptyOfficial, type ScenarioFormValues } from './scenario-form';
import { Field, useFieldError } from './form-fields';
import { FieldError } from '../field/FieldError';

/** The fictional office and the officials the trainee meets there. */
export function OfficeFields() {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('training.form.officeTitle')}</legend>
      <div className="field-row">
        <Field name="office.code" label={t('training.form.officeCode')} hint={t('training.form.officeCodeHint')} />
        <Field name="office.name" label={t('training.form.officeName')} />
        <Field name="office.province" label={t('training.form.province')} />
        <Field name="office.address" label={t('training.form.address')} />
      </div>
    </fieldset>
  );
}

export function OfficialsFields({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const { control } = useFormContext<ScenarioFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'officials' });
  const error = useFieldError('officials');
  return (
    <fieldset>
      <legend>{t('training.form.officialsTitle', { count: fields.length })}</legend>
      {fields.map((field, index) => (
        <fieldset key={field.id} className="array-entry">
          <legend>{t('training.form.officialN', { n: index + 1 })}</legend>
          <div className="field-row">
            <Field name={`officials.${index}.id`} label={t('training.form.officialId')} hint={t('training.form.officialIdHint')} />
            <Field name={`officials.${index}.fullName`} label={t('training.form.fullName')} />
            <Field name={`officials.${index}.position`} label={t('training.form.position')} />
            <Field name={`officials.${index}.unit`} label={t('training.form.unit')} />
          </div>
          {!readOnly && <button type="button" onClick={() => remove(index)}>{t('training.form.removeOfficial', { n: index + 1 })}</button>}
        </fieldset>
      ))}
      <FieldError id="sf-officials-error" message={error} />
      {!readOnly && <button type="button" onClick={() => append(emptyOfficial())}>{t('training.form.addOfficial')}</button>}
    </fieldset>
  );
}
