import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../db/at-rest/keyring';
import { AUTO_LOCK_MINUTES, SetupFormSchema, type SetupFormValues } from './lock-forms';
import { LockLayout, PassphraseField } from './LockLayout';
import { setUpVault } from './vault-session';
import { errorCode } from './error-code';

/** First run: the inspector chooses the passphrase that wraps the new data key. */
export function SetupScreen() {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<SetupFormValues>({
    resolver: zodResolver(SetupFormSchema),
    defaultValues: { passphrase: '', confirm: '' },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = async ({ passphrase }: SetupFormValues) => {
    setFailure(null);
    await setUpVault(passphrase).catch((error: unknown) => setFailure(errorCode(error)));
  };

  return (
    <LockLayout titleId="setup-title">
      <h1 id="setup-title">{t('lock.setup.title')}</h1>
      <p className="muted">{t('lock.setup.intro', { minutes: AUTO_LOCK_MINUTES })}</p>
      <form noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)}>
        <PassphraseField id="setup-passphrase" label={t('lock.setup.passphrase')} hint={t('lock.setup.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
          error={errors.passphrase?.message} autoComplete="new-password" autoFocus inputProps={register('passphrase')} />
        <PassphraseField id="setup-confirm" label={t('lock.setup.confirm')} error={errors.confirm?.message} autoComplete="new-password" inputProps={register('confirm')} />
        {failure && <p className="form-error" role="alert">{t('lock.errors.open_failed', { code: failure })}</p>}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={isSubmitting}>{isSubmitting ? t('lock.setup.submitting') : t('lock.setup.submit')}</button>
        </div>
      </form>
    </LockLayout>
  );
}
