import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/domain/localized';
import { useWorkspaceDb } from '../db/workspace-db';
import { createInspection } from '../db/repositories/inspections';
import { RepositoryError } from '../db/repositories/repository-error';
import { useUiStore } from '../app/ui-store';
import { toLocalInputValue } from '../i18n/format';
import { NewInspectionFormSchema, toNewInspectionInput, type NewInspectionFormValues } from './new-inspection-form';
import { useOffices, useTemplates } from './use-field-data';
import { FieldError } from './FieldError';

export function NewInspectionForm() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const navigate = useUiStore((s) => s.navigate);
  const reportWriteError = useUiStore((s) => s.reportWriteError);
  const db = useWorkspaceDb();
  const offices = useOffices() ?? [];
  const templates = useTemplates(locale) ?? [];
  const { register, handleSubmit, formState } = useForm<NewInspectionFormValues>({
    resolver: zodResolver(NewInspectionFormSchema),
    defaultValues: {
      officeCode: '',
      templateKey: '',
      lead: '',
      members: '',
      arrivalLocal: toLocalInputValue(new Date()),
      unannounced: true,
    },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = async (values: NewInspectionFormValues) => {
    try {
      const inspection = await createInspection(db, toNewInspectionInput(values));
      reportWriteError(null);
      navigate({ name: 'inspection', id: inspection.id });
    } catch (error) {
      reportWriteError(error instanceof RepositoryError ? error.code : 'write_failed');
    }
  };

  return (
    <section className="form-page" aria-labelledby="new-inspection-title">
      <h1 id="new-inspection-title">{t('form.title')}</h1>
      <p className="muted">{t('form.intro')}</p>
      <form noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)}>
        <div className="field">
          <label htmlFor="officeCode">{t('form.office')}</label>
          <select id="officeCode" {...register('officeCode')} aria-invalid={errors.officeCode ? true : undefined} aria-describedby="officeCode-error">
            <option value="">{t('form.choose')}</option>
            {offices.map((office) => (
              <option key={office.code} value={office.code}>
                {office.name}{office.demo ? ` (${t('form.demo')})` : ''}
              </option>
            ))}
          </select>
          <FieldError id="officeCode-error" message={errors.officeCode?.message} />
        </div>
        <div className="field">
          <label htmlFor="templateKey">{t('form.template')}</label>
          <select id="templateKey" {...register('templateKey')} aria-invalid={errors.templateKey ? true : undefined} aria-describedby="templateKey-error">
            <option value="">{t('form.choose')}</option>
            {templates.map((template) => (
              <option key={`${template.id}@${template.version}`} value={`${template.id}@${template.version}`}>
                {template.title[locale]} — {t('form.version', { version: template.version })}
              </option>
            ))}
          </select>
          <FieldError id="templateKey-error" message={errors.templateKey?.message} />
        </div>
        <div className="field">
          <label htmlFor="lead">{t('form.lead')}</label>
          <input id="lead" {...register('lead')} autoComplete="off" aria-invalid={errors.lead ? true : undefined} aria-describedby="lead-error" />
          <FieldError id="lead-error" message={errors.lead?.message} />
        </div>
        <div className="field">
          <label htmlFor="members">{t('form.members')}</label>
          <textarea id="members" {...register('members')} rows={3} aria-invalid={errors.members ? true : undefined} aria-describedby="members-hint members-error" />
          <small id="members-hint" className="muted">{t('form.membersHint')}</small>
          <FieldError id="members-error" message={errors.members?.message} />
        </div>
        <div className="field">
          <label htmlFor="arrivalLocal">{t('form.arrival')}</label>
          <input id="arrivalLocal" type="datetime-local" {...register('arrivalLocal')} aria-invalid={errors.arrivalLocal ? true : undefined} aria-describedby="arrival-error" />
          <FieldError id="arrival-error" message={errors.arrivalLocal?.message} />
        </div>
        <label className="checkbox">
          <input type="checkbox" {...register('unannounced')} />
          <span>{t('form.unannounced')}</span>
        </label>
        <div className="form-actions">
          <button type="button" onClick={() => navigate({ name: 'list' })}>{t('common.cancel')}</button>
          <button type="submit" className="primary" disabled={isSubmitting}>{t('form.submit')}</button>
        </div>
      </form>
    </section>
  );
}
