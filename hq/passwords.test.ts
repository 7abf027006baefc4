import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyAgainstDummy, verifyPassword } from './passwords';

describe('staff passwords', () => {
  it('hashes with scrypt N=2^15, r=8, p=1, a fresh 16-byte salt and a 32-byte key, and verifies only the same password', async () => {
    const password = 'mật khẩu đủ dài 2026';
    const [a, b] = await Promise.all([hashPassword(password), hashPassword(password)]);
    const [scheme, n, r, p, salt = '', key = ''] = a.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(key, 'base64')).toHaveLength(32);
    expect(a).not.toBe(b);
    expect(a).not.toContain(password);
    expect(await verifyPassword(a, password)).toBe(true);
    expect(await verifyPassword(b, password)).toBe(true);
    expect(await verifyPassword(a, 'mật khẩu đủ dài 2027')).toBe(false);
    // The same letters typed as decomposed Unicode (NFD, as macOS may send them) are the same password.
    expect(await verifyPassword(a, password.normalize('NFD'))).toBe(true);
  });

  it('refuses weak and over-long passwords, and malformed or too costly stored hashes', async () => {
    expect(passwordProblem('short-pass1')).toBe('too_short');
    expect(passwordProblem('aaaaaaaaaaaaaaaa')).toBe('one_character');
    expect(passwordProblem('lan.nguyen-2026!', 'lan.nguyen')).toBe('contains_username');
    expect(passwordProblem('x'.repeat(1020) + 'yyyyy')).toBe('too_long');
    expect(passwordProblem('twelve chars')).toBeNull();
    await expect(hashPassword('too short')).rejects.toThrow(/at least 12/);

    const good = await hashPassword('twelve chars');
    expect(await verifyPassword(good, 'x'.repeat(2000))).toBe(false);
    const [, , , , salt, key] = good.split('$');
    for (const stored of ['', 'bcrypt$x', `scrypt$1000$8$1$${salt}$${key}`, `scrypt$${2 ** 24}$8$1$${salt}$${key}`, `scrypt$32768$8$1$${salt}$AAAA`]) {
      expect(await verifyPassword(stored, 'twelve chars')).toBe(false);
    }
  });

  it('spends a real scrypt on unknown users and always says no', async () => {
    const started = performance.now();
    expect(await verifyAgainstDummy('whatever password')).toBe(false);
    const dummy = performance.now() - started;
    const hash = await hashPassword('whatever password');
    const again = performance.now();
    await verifyPassword(hash, 'whatever password');
    const real = performance.now() - again;
    // The same work, so the same order of time (not a timing-attack test, a "not skipped" test).
    expect(dummy).toBeGreaterThan(real / 4);
  });
});
