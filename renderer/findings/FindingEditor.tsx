import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { Answer, Inspection } from '../../shared/domain/inspection';
import type { FindingRecord } from '../../shared/domain/finding-record';
import type { Official } from '../../shared/domain/roster';
import type { Locale } from '../../shared/domain/localized';
import { ViolationCategory } from '../../shared/domain/finding';
import { Severity, type ChecklistItem } from '../../shared/catalogue/schema';
import { CITATIONS } from '../../shared/catalogue/citations';
import { useWorkspaceDb } from '../db/workspace-db';
import { saveFinding } from '../db/repositories/findings';
import { FieldError } from '../field/FieldError';
import { formatTime } from '../i18n/format';
import { useRepositoryAction } from './use-repository-action';
import { FindingFormSchema, answerSignal, formValuesOf, toFindingDraft, type FindingFormValues } from './finding-form';

interface Props {
  inspection: Inspection;
  finding: FindingRecord | undefined;
  officials: readonly Official[];
  items: readonly ChecklistItem[];
  answers: ReadonlyMap<string, Answer>;
  disabled: boolean;
  onSaved: (finding: FindingRecord) => void;
}

/** Who, what, which items and rules, how serious: the facts of a finding (react-hook-form + the shared zod schema). */
export function FindingEditor({ inspection, finding, officials, items, answers, disabled, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const db = useWorkspaceDb();
  const { run, error } = useRepositoryAction();
  const { register, handleSubmit, control, formState, reset } = useForm<FindingFormValues>({
    resolver: zodResolver(FindingFormSchema),
    defaultValues: formValuesOf(finding, new Date(), items),
  });
  const { errors, isSubmitting } = formState;
  const kind = useWatch({ control, name: 'kind' });
  // Items answered as failed or exemplary come first: they are what a finding usually cites.
  const ordered = useMemo(() => {
    const signal = (item: ChecklistItem) => answerSignal(item, answers.get(item.id));
    return [...items].sort((a, b) => Number(signal(b) !== null) - Number(signal(a) !== null)).map((item) => ({ item, signal: signal(item) }));
  }, [items, answers]);

  const [savedAt, setSavedAt] = useState<string | null>(null);
  const onSubmit = (values: FindingFormValues) =>
    run(async () => {
      const saved = await saveFinding(db, inspection.id, toFindingDraft(values), finding?.id);
      reset(formValuesOf(saved, new Date(), items));
      setSavedAt(saved.updatedAt);
      onSaved(saved);
    });

  return (
    <form className="finding-editor" noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)} aria-labelledby="finding-editor-title">
      <h2 id="finding-editor-title">{finding ? t('findings.editTitle') : t('findings.newTitle')}</h2>
      <fieldset disabled={disabled}>
        <div className="field">
          <label htmlFor="finding-subject">{t('findings.subject')}</label>
          <select id="finding-subject" {...register('subject')} aria-invalid={errors.subject ? true : undefined} aria-describedby="finding-subject-error">
            <option value="">{t('form.choose')}</option>
            <option value="office">{t('findings.subjectOffice')}</option>
            {officials.map((official) => (
              <option key={official.id} value={official.id}>{official.fullName} — {official.position}, {official.unit}</option>
            ))}
          </select>
          <FieldError id="finding-subject-error" message={errors.subject?.message} />
        </div>
        <fieldset className="radio-row">
          <legend>{t('findings.kind')}</legend>
          <label><input type="radio" value="violation" {...register('kind')} /> {t('findings.kinds.violation')}</label>
          <label><input type="radio" value="commendable" {...register('kind')} /> {t('findings.kinds.commendable')}</label>
        </fieldset>
        <div className="field-row">
          <div className="field">
            <label htmlFor="finding-category">{kind === 'violation' ? t('findings.category') : t('findings.categoryOptional')}</label>
            <select id="finding-category" {...register('category')} aria-invalid={errors.category ? true : undefined} aria-describedby="finding-category-error">
              <option value="">{t('form.choose')}</option>
              {ViolationCategory.options.map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}
            </select>
            <FieldError id="finding-category-error" message={errors.category?.message} />
          </div>
          <div className="field">
            <label htmlFor="finding-severity">{t('findings.severity')}</label>
            <select id="finding-severity" {...register('severity')}>
              {Severity.options.map((s) => <option key={s} value={s}>{t(`severity.${s}`)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="finding-observed">{t('findings.observedAt')}</label>
            <input id="finding-observed" type="datetime-local" {...register('observedLocal')} aria-invalid={errors.observedLocal ? true : undefined} aria-describedby="finding-observed-error" />
            <FieldError id="finding-observed-error" message={errors.observedLocal?.message} />
          </div>
        </div>
        <div className="field">
          <label htmlFor="finding-narrative">{t('findings.narrative')}</label>
          <textarea id="finding-narrative" rows={4} {...register('narrative')} aria-invalid={errors.narrative ? true : undefined} aria-describedby="finding-narrative-hint finding-narrative-error" />
          <small id="finding-narrative-hint" className="muted">{t('findings.narrativeHint')}</small>
          <FieldError id="finding-narrative-error" message={errors.narrative?.message} />
        </div>
        <fieldset className="item-picker">
          <legend>{t('findings.items')}</legend>
          <div className="item-picker-list">
            {ordered.map(({ item, signal }) => (
              <label key={item.id} className={signal ? `suggested ${signal}` : undefined}>
                <input type="checkbox" value={item.id} {...register('itemIds')} />
                <span>
                  {signal && <span className={`signal ${signal}`}>{t(`findings.signal.${signal}`)}</span>} {item.prompt[locale]}
                  <small className="muted"> · {item.sources.join(', ')}</small>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="finding-citations">{t('findings.extraCitations')}</label>
          <select id="finding-citations" multiple size={5} {...register('citations')} aria-describedby="finding-citations-hint">
            {CITATIONS.map((c) => <option key={c.key} value={c.key}>{c.key} — {c.title[locale]}</option>)}
          </select>
          <small id="finding-citations-hint" className="muted">{t('findings.extraCitationsHint')}</small>
        </div>
      </fieldset>
      {error && <p className="form-error" role="alert">{error}</p>}
      {!disabled && (
        <div className="form-actions">
          <span className="muted" role="status">
            {formState.isDirty ? t('findings.unsaved') : savedAt ? t('save.savedAt', { time: formatTime(savedAt, locale) }) : ''}
          </span>
          <button type="submit" className="primary" disabled={isSubmitting}>{finding ? t('findings.save') : t('findings.create')}</button>
        </div>
      )}
    </form>
  );
}
