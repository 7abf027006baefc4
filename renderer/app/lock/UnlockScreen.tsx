import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../db/at-rest/keyring';
import { AUTO_LOCK_MINUTES, ChangeFormSchema, RecoverFormSchema, UnlockFormSchema, type ChangeFormValues, type RecoverFormValues, type UnlockFormValues } from './lock-forms';
import { LockLayout, PassphraseField } from './LockLayout';
import { changeVaultPassphrase, recoverVault, unlockVault } from './vault-session';
import { useVaultStore } from './vault-store';
import { errorCode } from './error-code';

interface Refused {
  readonly code: string;
  /** For `too_many_attempts`: the seconds to wait. */
  readonly detail?: string;
}

const KNOWN_REFUSALS = ['wrong_passphrase', 'wrong_recovery_code', 'no_keyring', 'keychain_unavailable', 'too_many_attempts'];

const refusedBy = (error: unknown): Refused => ({ code: errorCode(error) });

/** A refusal by its code; an unexpected failure by `otherwise`, with its code. */
function Refusal({ refused, otherwise = 'lock.errors.open_failed' }: { refused: Refused | null; otherwise?: string }) {
  const { t } = useTranslation();
  if (refused === null) return null;
  const { code, detail } = refused;
  const text = KNOWN_REFUSALS.includes(code) ? t(`lock.errors.${code}`, { seconds: detail ?? '' }) : t(otherwise, { code });
  return <p className="form-error" role="alert">{text}</p>;
}

function UnlockForm({ onForgot, onChange, changed }: { onForgot: () => void; onChange: () => void; changed: boolean }) {
  const { t } = useTranslation();
  const reason = useVaultStore((s) => s.lockReason);
  const openError = useVaultStore((s) => s.openError);
  const [refusal, setRefusal] = useState<Refused | null>(null);
  const { register, handleSubmit, formState, resetField, setFocus } = useForm<UnlockFormValues>({
    resolver: zodResolver(UnlockFormSchema),
    defaultValues: { passphrase: '' },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = async ({ passphrase }: UnlockFormValues) => {
    setRefusal(null);
    const result = await unlockVault(passphrase).catch((error: unknown) => ({ ok: false as const, error: refusedBy(error) }));
    if (result.ok) return;
    setRefusal(result.error);
    resetField('passphrase');
    setFocus('passphrase');
  };

  return (
    <>
      <h1 id="unlock-title">{t('lock.unlock.title')}</h1>
      <p className="muted" role="status">
        {changed ? t('lock.change.done') : reason === 'idle' ? t('lock.unlock.idle', { minutes: AUTO_LOCK_MINUTES }) : reason === 'manual' ? t('lock.unlock.manual') : t('lock.unlock.intro')}
      </p>
      <form noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)}>
        <PassphraseField id="unlock-passphrase" label={t('lock.unlock.passphrase')} error={errors.passphrase?.message}
          autoComplete="current-password" autoFocus inputProps={register('passphrase')} />
        <Refusal refused={refusal ?? (openError === null ? null : { code: openError })} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={isSubmitting}>
            {isSubmitting ? t('lock.unlock.submitting') : t('lock.unlock.submit')}
          </button>
          <button type="button" className="link" onClick={onForgot}>{t('lock.unlock.forgot')}</button>
          <button type="button" className="link" onClick={onChange}>{t('lock.unlock.change')}</button>
        </div>
      </form>
    </>
  );
}

function RecoverForm({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const openError = useVaultStore((s) => s.openError);
  const [refusal, setRefusal] = useState<Refused | null>(null);
  const { register, handleSubmit, formState } = useForm<RecoverFormValues>({
    resolver: zodResolver(RecoverFormSchema),
    defaultValues: { code: '', passphrase: '', confirm: '' },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = async ({ code, passphrase }: RecoverFormValues) => {
    setRefusal(null);
    const result = await recoverVault(code, passphrase).catch((error: unknown) => ({ ok: false as const, error: refusedBy(error) }));
    if (!result.ok) setRefusal(result.error);
  };

  return (
    <>
      <h1 id="unlock-title">{t('lock.recover.title')}</h1>
      <p className="muted">{t('lock.recover.intro')}</p>
      <form noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)}>
        <div className="field">
          <label htmlFor="recover-code">{t('lock.recover.code')}</label>
          <input id="recover-code" autoComplete="off" spellCheck={false} autoCapitalize="characters" autoFocus {...register('code')}
            aria-invalid={errors.code ? true : undefined} aria-describedby="recover-code-hint recover-code-error" />
          <small id="recover-code-hint" className="muted">{t('lock.recover.codeHint')}</small>
          <span id="recover-code-error" className="field-error" role={errors.code ? 'alert' : undefined}>{errors.code?.message ? t(errors.code.message) : ''}</span>
        </div>
        <PassphraseField id="recover-passphrase" label={t('lock.recover.passphrase')} hint={t('lock.setup.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
          error={errors.passphrase?.message} autoComplete="new-password" inputProps={register('passphrase')} />
        <PassphraseField id="recover-confirm" label={t('lock.recover.confirm')} error={errors.confirm?.message} autoComplete="new-password" inputProps={register('confirm')} />
        <Refusal refused={refusal ?? (openError === null ? null : { code: openError })} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={isSubmitting}>{isSubmitting ? t('lock.recover.submitting') : t('lock.recover.submit')}</button>
          <button type="button" className="link" onClick={onBack}>{t('lock.recover.back')}</button>
        </div>
      </form>
    </>
  );
}

function ChangeForm({ onDone, onBack }: { onDone: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<Refused | null>(null);
  const { register, handleSubmit, formState } = useForm<ChangeFormValues>({
    resolver: zodResolver(ChangeFormSchema),
    defaultValues: { current: '', passphrase: '', confirm: '' },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = async ({ current, passphrase }: ChangeFormValues) => {
    setRefusal(null);
    const result = await changeVaultPassphrase(current, passphrase);
    if (result.ok) onDone();
    else setRefusal(result.error);
  };

  return (
    <>
      <h1 id="unlock-title">{t('lock.change.title')}</h1>
      <p className="muted">{t('lock.change.intro')}</p>
      <form noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)}>
        <PassphraseField id="change-current" label={t('lock.change.current')} error={errors.current?.message}
          autoComplete="current-password" autoFocus inputProps={register('current')} />
        <PassphraseField id="change-passphrase" label={t('lock.change.passphrase')} hint={t('lock.setup.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
          error={errors.passphrase?.message} autoComplete="new-password" inputProps={register('passphrase')} />
        <PassphraseField id="change-confirm" label={t('lock.change.confirm')} error={errors.confirm?.message} autoComplete="new-password" inputProps={register('confirm')} />
        <Refusal refused={refusal} otherwise="lock.errors.change_failed" />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={isSubmitting}>{isSubmitting ? t('lock.change.submitting') : t('lock.change.submit')}</button>
          <button type="button" className="link" onClick={onBack}>{t('lock.change.back')}</button>
        </div>
      </form>
    </>
  );
}

type Mode = 'unlock' | 'recover' | 'change' | 'changed';

/** The lock screen: the passphrase; the recovery code when it is forgotten; a passphrase change. */
export function UnlockScreen() {
  const [mode, setMode] = useState<Mode>('unlock');
  const toUnlock = () => setMode('unlock');
  return (
    <LockLayout titleId="unlock-title">
      {mode === 'recover' ? (
        <RecoverForm onBack={toUnlock} />
      ) : mode === 'change' ? (
        <ChangeForm onDone={() => setMode('changed')} onBack={toUnlock} />
      ) : (
        <UnlockForm onForgot={() => setMode('recover')} onChange={() => setMode('change')} changed={mode === 'changed'} />
      )}
    </LockLayout>
  );
}
