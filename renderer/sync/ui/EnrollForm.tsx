import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { fieldDatabase } from '../../db';
import { FieldError } from '../../field/FieldError';
import { bundleSubtle, syncWorker, windowFetch } from '../app-sync';
import { enroll } from '../enroll';
import { reasonKey } from '../reason-codes';
import { EnrollFormSchema, type EnrollFormValues } from './enroll-form';

/** HQ URL and one-time code; field errors inline, HQ's refusals by their code. */
export function EnrollForm({ currentHqUrl }: { currentHqUrl?: string }) {
  const { t } = useTranslation();
  const [serverError, setServerError] = useState<string | null>(null);
  const [needsConfirm, setNeedsConfirm] = useState(false);
  const [done, setDone] = useState(false);
  const { register, handleSubmit, formState, reset } = useForm<EnrollFormValues>({
    resolver: zodResolver(EnrollFormSchema),
    defaultValues: { hqUrl: currentHqUrl ?? '', code: '', confirmReplace: false },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = async (values: EnrollFormValues) => {
    setDone(false);
    try {
      const result = await enroll(fieldDatabase(), bundleSubtle, windowFetch, values);
      if (!result.ok) {
        setNeedsConfirm(result.error.code === 'outbox_not_empty');
        setServerError(result.error.code);
        return;
      }
    } catch {
      setServerError('sync_failed');
      return;
    }
    setServerError(null);
    setNeedsConfirm(false);
    setDone(true);
    reset({ hqUrl: values.hqUrl, code: '', confirmReplace: false });
    void syncWorker()?.syncNow();
  };

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)} aria-labelledby="enroll-title">
      <h2 id="enroll-title">{currentHqUrl === undefined ? t('sync.enroll.title') : t('sync.enroll.reenrollTitle')}</h2>
      <div className="field">
        <label htmlFor="hqUrl">{t('sync.enroll.hqUrl')}</label>
        <input id="hqUrl" type="url" inputMode="url" autoComplete="url" spellCheck={false} {...register('hqUrl')}
          aria-invalid={errors.hqUrl ? true : undefined} aria-describedby="hqUrl-hint hqUrl-error" />
        <small id="hqUrl-hint" className="muted">{t('sync.enroll.hqUrlHint')}</small>
        <FieldError id="hqUrl-error" message={errors.hqUrl?.message} />
      </div>
      <div className="field">
        <label htmlFor="enrollCode">{t('sync.enroll.code')}</label>
        <input id="enrollCode" autoComplete="one-time-code" spellCheck={false} autoCapitalize="characters" {...register('code')}
          aria-invalid={errors.code ? true : undefined} aria-describedby="enrollCode-hint enrollCode-error" />
        <small id="enrollCode-hint" className="muted">{t('sync.enroll.codeHint')}</small>
        <FieldError id="enrollCode-error" message={errors.code?.message} />
      </div>
      {needsConfirm && (
        <label className="checkbox">
          <input type="checkbox" {...register('confirmReplace')} />
          <span>{t('sync.enroll.confirmReplace')}</span>
        </label>
      )}
      {serverError && <p className="form-error" role="alert">{t(reasonKey(serverError))}</p>}
      {done && <p className="sync-message ok" role="status">{t('sync.enroll.done')}</p>}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={isSubmitting}>{isSubmitting ? t('sync.enroll.submitting') : t('sync.enroll.submit')}</button>
      </div>
    </form>
  );
}
