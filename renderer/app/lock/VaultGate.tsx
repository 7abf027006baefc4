import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SetupScreen } from './SetupScreen';
import { LockLayout } from './LockLayout';
import { UnlockScreen } from './UnlockScreen';
import { RecoveryCodeScreen } from './RecoveryCodeScreen';
import { AUTO_LOCK_MINUTES } from './lock-forms';
import { useIdleLock } from './use-idle-lock';
import { lockVault } from './vault-session';
import { useVaultStore } from './vault-store';

const lockWhenIdle = () => lockVault('idle');

/** Between unlock and the app: opening the databases (and, once, sealing older records). */
function OpeningScreen() {
  const { t } = useTranslation();
  return (
    <LockLayout titleId="opening-title">
      <h1 id="opening-title">{t('lock.brand')}</h1>
      <p className="muted" role="status">{t('lock.unlock.opening')}</p>
    </LockLayout>
  );
}

function Unlocked({ children }: { children: ReactNode }) {
  useIdleLock(AUTO_LOCK_MINUTES, lockWhenIdle);
  return <>{children}</>;
}

/**
 * Nothing of the field app renders until the data key is in memory; locking
 * unmounts it, so no screen keeps an official's name on show behind the lock.
 */
export function VaultGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const phase = useVaultStore((s) => s.phase);
  switch (phase) {
    case 'checking':
      return <p className="lock-checking muted" role="status">{t('lock.checking')}</p>;
    case 'setup':
      return <SetupScreen />;
    case 'recoveryCode':
      return <RecoveryCodeScreen />;
    case 'opening':
      return <OpeningScreen />;
    case 'locked':
      return <UnlockScreen />;
    case 'open':
      return <Unlocked>{children}</Unlocked>;
  }
}
