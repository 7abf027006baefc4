import type { Page } from 'playwright-core';

/** The passphrase every e2e profile is set up with (a real one: the setup form checks it). */
export const TEST_PASSPHRASE = 'Mật khẩu kiểm thử 2026';

/**
 * Goes past the lock the way an inspector does: sets the passphrase on a
 * fresh profile (and confirms the recovery code was written down), or types
 * it on the lock screen. Returns which screen it met.
 */
export async function passLock(page: Page, passphrase = TEST_PASSPHRASE): Promise<'setup' | 'unlock' | 'open'> {
  const setup = page.locator('#setup-passphrase');
  const unlock = page.locator('#unlock-passphrase');
  const app = page.locator('.app');
  await setup.or(unlock).or(app).first().waitFor({ timeout: 30_000 });
  if (await setup.isVisible()) {
    await setup.fill(passphrase);
    await page.locator('#setup-confirm').fill(passphrase);
    await page.getByRole('button', { name: /^(Đặt mật khẩu|Set passphrase)$/ }).click();
    await confirmRecoveryCode(page);
    await app.waitFor();
    return 'setup';
  }
  if (await unlock.isVisible()) {
    await unlock.fill(passphrase);
    await page.getByRole('button', { name: /^(Mở khóa|Unlock)$/ }).click();
    // A recovery code never confirmed (the page closed on it) is shown anew before the app opens.
    const kept = page.getByRole('checkbox', { name: RECOVERY_KEPT });
    await app.or(kept).first().waitFor({ timeout: 30_000 });
    if (await kept.isVisible()) await confirmRecoveryCode(page);
    await app.waitFor({ timeout: 30_000 });
    return 'unlock';
  }
  return 'open';
}

const RECOVERY_KEPT = /Tôi đã ghi lại mã khôi phục|I have written down the recovery code/;

async function confirmRecoveryCode(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: RECOVERY_KEPT }).check({ timeout: 30_000 });
  await page.getByRole('button', { name: /^(Vào ứng dụng|Open the app)$/ }).click();
}

/** `page.goto` then past the lock. */
export async function openApp(page: Page, url: string, passphrase = TEST_PASSPHRASE): Promise<void> {
  await page.goto(url);
  await passLock(page, passphrase);
}

/** `page.reload` then past the lock: a reload wipes the key from memory, as a restart does. */
export async function reloadApp(page: Page, passphrase = TEST_PASSPHRASE): Promise<void> {
  await page.reload();
  await passLock(page, passphrase);
}
