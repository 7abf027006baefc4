import { afterAll, beforeAll } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { serveRenderer } from '../../build/serve-renderer.mjs';
import { launchChromium } from '../support/chromium';
import { recordEnvironment } from './results';

export const BENCH_DIR = fileURLToPath(new URL('../../dist/bench', import.meta.url));

/** Serves the built bench page and starts Chromium for one benchmark file; returns a page opener. */
export function benchPageHost(): () => Promise<Page> {
  let browser: Browser | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  beforeAll(async () => {
    if (!existsSync(`${BENCH_DIR}/index.html`)) throw new Error('dist/bench is missing: run `npm run build:bench` first.');
    server = await serveRenderer({ root: BENCH_DIR, port: 0 });
    browser = await launchChromium();
    recordEnvironment({ chromium: browser.version() });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return async () => {
    if (!browser || !server) throw new Error('bench host not started');
    const page = await browser.newPage();
    await page.goto(server.url);
    return page;
  };
}
