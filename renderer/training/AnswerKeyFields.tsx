import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ChecklistTemplate } from '../../shared/catalogue/schema';
import { itemsOf } from '../../shared/catalogue';
import { FieldError } from '../field/FieldError';
import { emptyAnswer, type ScenarioFormValues } from './scenario-form';
import { CheckGroup, CitationSelect, Field, ItemOptions, LocalizedField, inputId, useFieldError } from './form-fields';

/** The expected answers: an item, the values that count as right, why, and the rule. */
export function AnswerKeyFields({ template, readOnly }: { template: ChecklistTemplate | undefined; readOnly: boolean }) {
  const { t } = useTranslation();
  const { control } = useFormContext<ScenarioFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'key.answers' });
  const error = useFieldError('key.answers');
  return (
    <fieldset>
      <legend>{t('training.form.answersTitle', { count: fields.length })}</legend>
      {!template && <p className="muted">{t('training.form.pickTemplateFirst')}</p>}
      {fields.map((field, index) => (
        <fieldset key={field.id} className="array-entry">
          <legend>{t('training.form.answerN', { n: index + 1 })}</legend>
          <ExpectedAnswerFields index={index} template={template} />
          {!readOnly && <button type="button" onClick={() => remove(index)}>{t('training.form.removeAnswer', { n: index + 1 })}</button>}
        </fieldset>
      ))}
      <FieldError id="sf-key-answers-error" message={error} />
      {!readOnly && <button type="button" onClick={() => append(emptyAnswer())}>{t('training.form.addAnswer')}</button>}
    </fieldset>
  );
}

function ExpectedAnswerFields({ index, template }: { index: number; template: ChecklistTemplate | undefined }) {
  const { t } = useTranslation();
  const { register, setValue, getValues } = useFormContext<ScenarioFormValues>();
  const itemId = useWatch<ScenarioFormValues, `key.answers.${number}.itemId`>({ name: `key.answers.${index}.itemId` });
  const item = template ? itemsOf(template).find((entry) => entry.id === itemId) : undefined;
  const name = `key.answers.${index}.itemId` as const;
  const id = inputId(name);
  const error = useFieldError(name);
  const acceptError = useFieldError(`key.answers.${index}.accept`);
  const itemField = register(name, {
    // A new item: its accepted values start empty, its citations default to the item's own sources.
    onChange: (event: { target: { value: string } }) => {
      setValue(`key.answers.${index}.accept`, []);
      const chosen = template ? itemsOf(template).find((entry) => entry.id === event.target.value) : undefined;
      if (chosen && getValues(`key.answers.${index}.citations`).length === 0) setValue(`key.answers.${index}.citations`, [...chosen.sources]);
    },
  });
  return (
    <>
      <div className="field">
        <label htmlFor={id}>{t('training.form.item')}</label>
        <select id={id} {...itemField} aria-invalid={error ? true : undefined} aria-describedby={`${id}-error`}>
          <option value="">{t('form.choose')}</option>
          <ItemOptions template={template} />
        </select>
        <FieldError id={`${id}-error`} message={error} />
      </div>
      {item?.response.type === 'yes_no_na' && (
        <CheckGroup name={`key.answers.${index}.accept`} legend={t('training.form.accept')} options={(['yes', 'no', 'na'] as const).map((v) => ({ value: v, label: t(`answer.${v}`) }))} />
      )}
      {item?.response.type === 'scale' && (
        <CheckGroup
          name={`key.answers.${index}.accept`}
          legend={t('training.form.accept')}
          options={Array.from({ length: item.response.max }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))}
        />
      )}
      {item && item.response.type !== 'yes_no_na' && item.response.type !== 'scale' && (
        <>
          <Field name={`key.answers.${index}.accept.0`} label={t('training.form.acceptOne')} hint={t(`training.form.acceptHint.${item.response.type}`)} />
          <FieldError id={`${id}-accept-error`} message={acceptError} />
        </>
      )}
      <LocalizedField name={`key.answers.${index}.why`} label={t('training.form.why')} multiline rows={2} />
      <CitationSelect name={`key.answers.${index}.citations`} />
    </>
  );
}
