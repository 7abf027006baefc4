import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../shared/result';
import { attemptWaitMs, FREE_ATTEMPTS, newRecoveryCode, normalizeRecoveryCode, openKeyring, PBKDF2_ITERATIONS, type SecretProtector } from './keyring';

let n = 0;
const name = () => `keyring-${String(++n)}`;

const noKeychain: SecretProtector = {
  protectSecret: () => Promise.resolve(fail('unsupported')),
  revealSecret: () => Promise.resolve(fail('unsupported')),
};

/** An OS keychain stand-in with a real AES-GCM key of its own; `available` can be switched off. */
function fakeKeychain() {
  const key = crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const state = { available: true, sealed: [] as Uint8Array[] };
  const protector: SecretProtector = {
    async protectSecret(plain) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const out = new Uint8Array([...iv, ...new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await key, plain.slice()))]);
      state.sealed.push(out);
      return ok(out);
    },
    async revealSecret(wrapped) {
      if (!state.available) return fail('unsupported');
      return ok(new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: wrapped.slice(0, 12) }, await key, wrapped.slice(12))));
    },
  };
  return { protector, state };
}

describe('the keyring', () => {
  it('wraps a new data key with PBKDF2-SHA256 at 600,000 iterations; the passphrase opens it, another does not', async () => {
    const keyring = openKeyring(noKeychain, { name: name() });
    expect(await keyring.exists()).toBe(false);
    const created = await keyring.create('một câu dài dễ nhớ');
    expect(created.osSealed).toBe(false);
    expect(created.dataKey.length).toBe(32);
    expect(await keyring.exists()).toBe(true);
    const opened = await keyring.unlock('một câu dài dễ nhớ');
    expect(opened.ok && opened.value).toEqual(created.dataKey);
    expect(await keyring.unlock('một câu dài dễ nhớ!')).toEqual(fail('wrong_passphrase'));
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    // Composed and decomposed Vietnamese type the same passphrase.
    expect((await keyring.unlock('một câu dài dễ nhớ'.normalize('NFD'))).ok).toBe(true);
  });

  it('refuses a second keyring: set-up in two windows keeps the first key', async () => {
    const keyringName = name();
    const first = openKeyring(noKeychain, { name: keyringName });
    await first.create('mật khẩu thứ nhất');
    await expect(openKeyring(noKeychain, { name: keyringName }).create('mật khẩu thứ hai')).rejects.toThrow();
    expect((await first.unlock('mật khẩu thứ nhất')).ok).toBe(true);
  });

  it('opens with the recovery code (typed loosely), sets the new passphrase, and the old one stops working', async () => {
    const keyring = openKeyring(noKeychain, { name: name() });
    const { dataKey, recoveryCode } = await keyring.create('mật khẩu đã quên');
    expect(await keyring.recover('00000-00000-00000-00000-00000', 'mật khẩu mới tinh')).toEqual(fail('wrong_recovery_code'));
    const recovered = await keyring.recover(recoveryCode.toLowerCase().replace(/-/g, ' '), 'mật khẩu mới tinh');
    expect(recovered.ok && recovered.value).toEqual(dataKey);
    expect(await keyring.unlock('mật khẩu đã quên')).toEqual(fail('wrong_passphrase'));
    expect((await keyring.unlock('mật khẩu mới tinh')).ok).toBe(true);
  });

  it('replaces a recovery code that was never confirmed (the app closed on that screen) and keeps the confirmation', async () => {
    const keyring = openKeyring(noKeychain, { name: name() });
    const { dataKey, recoveryCode } = await keyring.create('mật khẩu của tôi');
    expect(await keyring.recoveryPending()).toBe(true);
    const renewed = await keyring.renewRecoveryCode(dataKey);
    expect(renewed.recoveryCode).not.toBe(recoveryCode);
    expect(await keyring.recover(recoveryCode, 'mật khẩu khác nữa')).toEqual(fail('wrong_recovery_code'));
    await keyring.confirmRecoveryCode();
    expect(await keyring.recoveryPending()).toBe(false);
    const recovered = await keyring.recover(renewed.recoveryCode, 'mật khẩu khác nữa');
    expect(recovered.ok && recovered.value).toEqual(dataKey);
  });

  it('changes the passphrase only given the current one', async () => {
    const keyring = openKeyring(noKeychain, { name: name() });
    await keyring.create('mật khẩu hiện tại');
    expect(await keyring.changePassphrase('sai rồi', 'mật khẩu sau này')).toEqual(fail('wrong_passphrase'));
    expect(await keyring.changePassphrase('mật khẩu hiện tại', 'mật khẩu sau này')).toEqual(ok(null));
    expect((await keyring.unlock('mật khẩu sau này')).ok).toBe(true);
  });

  it('with an OS keychain, stores the passphrase wrap only as the keychain sealed it, and needs the keychain to unlock', async () => {
    const { protector, state } = fakeKeychain();
    const keyring = openKeyring(protector, { name: name() });
    const created = await keyring.create('mật khẩu có kho khóa');
    expect(created.osSealed).toBe(true);
    expect(state.sealed.length).toBe(1);
    expect((await keyring.unlock('mật khẩu có kho khóa')).ok).toBe(true);
    state.available = false;
    expect(await keyring.unlock('mật khẩu có kho khóa')).toEqual(fail('keychain_unavailable'));
    // The recovery code does not depend on the keychain: a reinstalled OS can still get the data back.
    const recovered = await keyring.recover(created.recoveryCode, 'mật khẩu sau khi cài lại');
    expect(recovered.ok && recovered.value).toEqual(created.dataKey);
  });

  it('makes each try wait after five wrong ones in a row (30 s, doubling), across reloads, for passphrase and code alike', async () => {
    let clock = Date.parse('2026-11-23T08:00:00Z');
    const keyringName = name();
    // Fewer iterations here only to keep twelve tries quick; the wait does not depend on them.
    const keyring = openKeyring(noKeychain, { name: keyringName, iterations: 1_000, now: () => clock });
    const { recoveryCode } = await keyring.create('mật khẩu đúng');
    for (let i = 0; i < FREE_ATTEMPTS; i++) expect(await keyring.unlock(`sai ${String(i)}`)).toEqual(fail('wrong_passphrase'));
    // The right passphrase is refused too while the wait runs: the wait is not a hint.
    expect(await keyring.unlock('mật khẩu đúng')).toEqual(fail('too_many_attempts', '30'));
    // A reload (a new keyring object on the same database) remembers.
    const reloaded = openKeyring(noKeychain, { name: keyringName, iterations: 1_000, now: () => clock });
    expect(await reloaded.recover(recoveryCode, 'mật khẩu mới đây')).toEqual(fail('too_many_attempts', '30'));
    clock += 30_000;
    expect(await reloaded.recover('00000-00000-00000-00000-00000', 'mật khẩu mới đây')).toEqual(fail('wrong_recovery_code'));
    expect(await reloaded.unlock('mật khẩu đúng')).toEqual(fail('too_many_attempts', '60'));
    clock += 60_000;
    expect((await reloaded.unlock('mật khẩu đúng')).ok).toBe(true);
    // Success starts the count again.
    expect(await reloaded.unlock('sai lần nữa')).toEqual(fail('wrong_passphrase'));
    expect((await reloaded.unlock('mật khẩu đúng')).ok).toBe(true);
    expect([4, 5, 6, 7, 20].map(attemptWaitMs)).toEqual([0, 30_000, 60_000, 120_000, 15 * 60_000]);
  });

  it('makes recovery codes of 25 unambiguous characters and forgives O/I/L typed for 0/1', () => {
    const codes = new Set(Array.from({ length: 200 }, newRecoveryCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/);
    expect(normalizeRecoveryCode('abcde-0o1il')).toBe('ABCDE00111');
  });
});
