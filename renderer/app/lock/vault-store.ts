import { create } from 'zustand';

/**
 * Where the app is in its lock cycle (UI state only; the key itself lives in
 * renderer/db/at-rest/data-key.ts and never in a store).
 * - `checking`: reading the keyring at start;
 * - `setup`: first run, no passphrase yet;
 * - `recoveryCode`: set up, showing the recovery code once;
 * - `locked`: the key is not in memory;
 * - `opening`: the key is in memory, the databases are being opened;
 * - `open`: the app runs.
 */
export type VaultPhase = 'checking' | 'setup' | 'recoveryCode' | 'locked' | 'opening' | 'open';

export type LockReason = 'start' | 'idle' | 'manual';

interface VaultState {
  readonly phase: VaultPhase;
  readonly lockReason: LockReason;
  /** Shown once after setup; cleared when the inspector confirms it was written down. */
  readonly recoveryCode: string | null;
  /** False when the OS keychain could not seal the keyring (browser host, Linux without a keyring). */
  readonly osSealed: boolean | null;
  /** Unlocked, but the databases did not open: a short code for the lock screen (never personal data). */
  readonly openError: string | null;
  set(state: Partial<Omit<VaultState, 'set'>>): void;
}

export const useVaultStore = create<VaultState>((set) => ({
  phase: 'checking',
  lockReason: 'start',
  recoveryCode: null,
  osSealed: null,
  openError: null,
  set: (state) => set(state),
}));
