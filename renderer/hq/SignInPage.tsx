import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FieldError } from '../field/FieldError';
import { HqApiError } from './api';
import { useHqSession } from './session-store';

/** Zod messages are locale keys (FieldError translates them). */
const SignInForm = z.object({
  username: z.string().trim().min(1, 'hq.signIn.usernameRequired').max(64, 'hq.signIn.usernameRequired'),
  password: z.string().min(1, 'hq.signIn.passwordRequired').max(1024, 'hq.signIn.passwordRequired'),
});
type SignInForm = z.infer<typeof SignInForm>;

const KNOWN_ERRORS = new Set(['bad_credentials', 'rate_limited', 'network', 'malformed_request']);

export function SignInPage({ expired }: { expired: boolean }) {
  const { t } = useTranslation();
  const signIn = useHqSession((s) => s.signIn);
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<SignInForm>({ resolver: zodResolver(SignInForm), defaultValues: { username: '', password: '' } });
  const { errors, isSubmitting } = formState;

  const onSubmit = async (values: SignInForm) => {
    setFailure(null);
    try {
      await signIn(values.username, values.password);
    } catch (error) {
      const code = error instanceof HqApiError ? error.code : 'internal';
      setFailure(KNOWN_ERRORS.has(code) ? code : 'internal');
    }
  };

  return (
    <section className="hq-sign-in" aria-labelledby="hq-sign-in-title">
      <h1 id="hq-sign-in-title">{t('hq.signIn.title')}</h1>
      <p className="muted">{t('hq.signIn.lead')}</p>
      {expired && (
        <p className="hq-notice" role="status">
          {t('hq.signIn.expired')}
        </p>
      )}
      <form onSubmit={(event) => void handleSubmit(onSubmit)(event)} noValidate>
        <label className="field">
          <span>{t('hq.signIn.username')}</span>
          <input type="text" autoComplete="username" autoCapitalize="none" spellCheck={false} aria-invalid={errors.username ? true : undefined} aria-describedby="hq-username-error" {...register('username')} />
          <FieldError id="hq-username-error" message={errors.username?.message} />
        </label>
        <label className="field">
          <span>{t('hq.signIn.password')}</span>
          <input type="password" autoComplete="current-password" aria-invalid={errors.password ? true : undefined} aria-describedby="hq-password-error" {...register('password')} />
          <FieldError id="hq-password-error" message={errors.password?.message} />
        </label>
        {failure !== null && (
          <p className="hq-error" role="alert">
            {t(`hq.signIn.error.${failure}`)}
          </p>
        )}
        <button type="submit" className="primary" disabled={isSubmitting}>
          {isSubmitting ? t('hq.signIn.signingIn') : t('hq.signIn.submit')}
        </button>
      </form>
    </section>
  );
}
