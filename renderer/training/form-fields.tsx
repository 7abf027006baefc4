import { get, useFormContext, useWatch, type FieldError, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/domain/localized';
import type { ChecklistTemplate } from '../../shared/catalogue/schema';
import { CITATIONS } from '../../shared/catalogue/citations';
import { FieldError as ErrorText } from '../field/FieldError';
import { CitationChips } from '../field/CitationChips';
import type { ScenarioFormValues } from './scenario-form';

export type FormPath = Path<ScenarioFormValues>;

export const inputId = (name: string): string => `sf-${name.replaceAll('.', '-')}`;

export function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext<ScenarioFormValues>();
  const error = get<typeof formState.errors, (FieldError & { root?: FieldError }) | undefined>(formState.errors, name);
  return error?.message ?? error?.root?.message;
}

interface FieldProps {
  name: FormPath;
  label: string;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  number?: boolean;
  className?: string;
}

/** One labelled input with its hint and its localized error. */
export function Field({ name, label, multiline, rows = 3, hint, number, className }: FieldProps) {
  const { register } = useFormContext<ScenarioFormValues>();
  const id = inputId(name);
  const error = useFieldError(name);
  const described = [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');
  const common = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described } as const;
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={rows} {...common} {...register(name)} /> : <input {...common} {...register(name, number ? { valueAsNumber: true } : {})} type={number ? 'number' : 'text'} />}
      {hint && <small id={`${id}-hint`} className="muted">{hint}</small>}
      <ErrorText id={`${id}-error`} message={error} />
    </div>
  );
}

/** The Vietnamese and the English text of one field, side by side. */
export function LocalizedField({ name, label, multiline, rows }: { name: 'title' | 'summary' | 'situation' | `key.${'answers' | 'findings' | 'dueProcess'}.${number}.why`; label: string; multiline?: boolean; rows?: number }) {
  const { t } = useTranslation();
  return (
    <div className="field-row">
      <Field name={`${name}.vi`} label={t('training.form.inVi', { label })} multiline={multiline} rows={rows} />
      <Field name={`${name}.en`} label={t('training.form.inEn', { label })} multiline={multiline} rows={rows} />
    </div>
  );
}

/** Citation keys from the registry (several may be chosen). */
export function CitationSelect({ name }: { name: FormPath }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { register } = useFormContext<ScenarioFormValues>();
  const id = inputId(name);
  const error = useFieldError(name);
  return (
    <div className="field">
      <label htmlFor={id}>{t('training.form.citations')}</label>
      <select id={id} multiple size={5} {...register(name)} aria-invalid={error ? true : undefined} aria-describedby={`${id}-hint ${id}-error`}>
        {CITATIONS.map((c) => <option key={c.key} value={c.key}>{c.key} — {c.title[locale]}</option>)}
      </select>
      <small id={`${id}-hint`} className="muted">{t('training.form.multiHint')}</small>
      <ChosenCitations name={name} />
      <ErrorText id={`${id}-error`} message={error} />
    </div>
  );
}

/** What is chosen in a long multi-select stays visible (and readable in a read-only view). */
function ChosenCitations({ name }: { name: FormPath }) {
  const { t } = useTranslation();
  const chosen: unknown = useWatch<ScenarioFormValues>({ name });
  const keys = Array.isArray(chosen) ? chosen.filter((key): key is string => typeof key === 'string') : [];
  return <p className="chosen">{t('training.form.chosen')}: {keys.length === 0 ? t('training.form.noneChosen') : <CitationChips keys={keys} />}</p>;
}

/** The items of the chosen template, by section; one, or several with `multiple`. */
export function ItemOptions({ template }: { template: ChecklistTemplate | undefined }) {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  if (!template) return null;
  return (
    <>
      {template.sections.map((section) => (
        <optgroup key={section.id} label={section.title[locale]}>
          {section.items.map((item) => <option key={item.id} value={item.id}>{item.prompt[locale]}</option>)}
        </optgroup>
      ))}
    </>
  );
}

/** A group of checkboxes writing a string array. */
export function CheckGroup({ name, legend, options }: { name: FormPath; legend: string; options: readonly { value: string; label: string }[] }) {
  const { register } = useFormContext<ScenarioFormValues>();
  const id = inputId(name);
  const error = useFieldError(name);
  return (
    <fieldset className="check-grid" aria-describedby={`${id}-error`}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value}><input type="checkbox" value={option.value} {...register(name)} /> {option.label}</label>
      ))}
      <ErrorText id={`${id}-error`} message={error} />
    </fieldset>
  );
}
