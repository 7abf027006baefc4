import { initI18n } from '../i18n';
import { requestPersistence } from './storage-persistence';
import { checkVault } from './lock/vault-session';
import { rememberedLocale } from './lock/remembered-locale';
import { stopFormMemory } from './no-form-memory';

/**
 * Start-up: language first (so even a failure is explained in Vietnamese),
 * then the keyring. The field database opens only after unlock
 * (app/lock/vault-session.ts): its records are sealed with the data key.
 */
export async function boot(): Promise<void> {
  await initI18n(rememberedLocale());
  stopFormMemory();
  // Not awaited: the answer arrives in the header when the browser gives it.
  void requestPersistence();
  await checkVault();
}
