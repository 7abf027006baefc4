import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LockLayout } from './LockLayout';
import { confirmRecoveryCodeKept } from './vault-session';
import { useVaultStore } from './vault-store';

/** Shown once after set-up: the only way back in if the passphrase is forgotten. */
export function RecoveryCodeScreen() {
  const { t } = useTranslation();
  const code = useVaultStore((s) => s.recoveryCode);
  const osSealed = useVaultStore((s) => s.osSealed);
  const [kept, setKept] = useState(false);
  return (
    <LockLayout titleId="recovery-title">
      <h1 id="recovery-title">{t('lock.recoveryCode.title')}</h1>
      <p>{t('lock.recoveryCode.intro')}</p>
      <p className="lock-code" aria-label={t('lock.recoveryCode.label')} data-testid="recovery-code">{code}</p>
      <p className="muted">{osSealed ? t('lock.setup.keychain') : t('lock.setup.noKeychain')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={kept} onChange={(event) => setKept(event.target.checked)} />
        <span>{t('lock.recoveryCode.kept')}</span>
      </label>
      <div className="form-actions">
        <button type="button" className="primary" disabled={!kept} onClick={() => void confirmRecoveryCodeKept()}>{t('lock.recoveryCode.continue')}</button>
      </div>
    </LockLayout>
  );
}
