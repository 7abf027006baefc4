import { afterAll, beforeAll } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../support/chromium';
import { serveBuiltApp, type RunningApp } from '../../support/app-server';

export interface AppInChromium {
  readonly app: RunningApp;
  readonly browser: Browser;
}

/** Registers the suite's hooks: the built app served on loopback and one headless Chromium, both closed after. */
export function appInChromium(): AppInChromium {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await serveBuiltApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('appInChromium: used before beforeAll ran');
    return value;
  };
  return {
    get app() {
      return started(app);
    },
    get browser() {
      return started(browser);
    },
  };
}

/** A screenshot into SCREENSHOT_DIR when it is set (to look at the UI), else nothing. */
export async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  const dir = process.env['SCREENSHOT_DIR'];
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
}
