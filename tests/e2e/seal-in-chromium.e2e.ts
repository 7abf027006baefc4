import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { serveBuiltApp, type RunningApp } from '../support/app-server';
import { openApp } from './support/lock';

/**
 * The seal primitives run in Chromium's own WebCrypto (Ed25519, SHA-256), not
 * only in Node's: the same module, bundled, evaluated in a page on 127.0.0.1.
 */
const ENTRY = fileURLToPath(new URL('./support/seal-entry.ts', import.meta.url));

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundle = await build({ entryPoints: [ENTRY], bundle: true, format: 'iife', globalName: 'InspectionKitSeal', write: false, target: 'chrome120' });
  const code = bundle.outputFiles[0]?.text ?? '';
  app = await serveBuiltApp();
  browser = await launchChromium();
  page = await browser.newPage();
  await openApp(page, `${app.url}/#/`);
  // DevTools evaluation is not subject to the page's CSP; the app itself never evals.
  await page.evaluate(code);
});

afterAll(async () => {
  await browser.close();
  await app.close();
});

describe('seal in Chromium WebCrypto', () => {
  it('seals, verifies, and detects a changed field, a changed time and a foreign key', async () => {
    const outcome = await page.evaluate(() => (window as unknown as { InspectionKitSeal: { selfCheck(): Promise<Record<string, string>> } }).InspectionKitSeal.selfCheck());
    expect(outcome).toEqual({
      secureContext: 'true',
      privateKeyExtractable: 'false',
      untouched: 'ok',
      changedField: 'hash_mismatch',
      changedTime: 'bad_signature',
      foreignKey: 'bad_signature',
      chain: 'ok',
      brokenChain: 'broken_chain@1',
    });
  });
});
