import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../field/FieldError';
import { PeriodFilterSchema, type PeriodFilterValues } from './period-filter';

/** From/to dates, province and (for exports) office; applied on submit so each change is not a query. */
export function PeriodFilter({ initial, withOffice, onApply, idPrefix }: {
  initial: PeriodFilterValues;
  withOffice: boolean;
  onApply: (values: PeriodFilterValues) => void;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const { register, handleSubmit, formState: { errors } } = useForm<PeriodFilterValues>({
    resolver: zodResolver(PeriodFilterSchema),
    defaultValues: initial,
  });
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form className="filters hqi-filters no-print" noValidate aria-label={t('hqInsights.filter.label')} onSubmit={(event) => void handleSubmit(onApply)(event)}>
      <div className="field">
        <label htmlFor={id('from')}>{t('hqInsights.filter.from')}</label>
        <input id={id('from')} type="date" {...register('from')} aria-invalid={errors.from ? true : undefined} aria-describedby={id('from-error')} />
        <FieldError id={id('from-error')} message={errors.from?.message} />
      </div>
      <div className="field">
        <label htmlFor={id('to')}>{t('hqInsights.filter.to')}</label>
        <input id={id('to')} type="date" {...register('to')} aria-invalid={errors.to ? true : undefined} aria-describedby={id('to-error')} />
        <FieldError id={id('to-error')} message={errors.to?.message} />
      </div>
      <div className="field">
        <label htmlFor={id('province')}>{t('hqInsights.filter.province')}</label>
        <input id={id('province')} type="text" autoComplete="off" placeholder={t('hqInsights.filter.all')} {...register('province')} aria-describedby={id('province-error')} />
        <FieldError id={id('province-error')} message={errors.province?.message} />
      </div>
      {withOffice && (
        <div className="field">
          <label htmlFor={id('office')}>{t('hqInsights.filter.office')}</label>
          <input id={id('office')} type="text" autoComplete="off" spellCheck={false} placeholder={t('hqInsights.filter.all')} {...register('office')} aria-describedby={id('office-error')} />
          <FieldError id={id('office-error')} message={errors.office?.message} />
        </div>
      )}
      <button type="submit" className="primary">{t('hqInsights.filter.apply')}</button>
    </form>
  );
}
