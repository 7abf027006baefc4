import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { serveRenderer } from '../../build/serve-renderer.mjs';
import { launchChromium } from '../support/chromium';
import { RENDERER_DIR, serveBuiltApp, type RunningApp } from '../support/app-server';
import { openApp } from './support/lock';

/**
 * Evidence preparation in a real Chromium: decoders, OffscreenCanvas and WebCrypto
 * are the browser's, not Node's. Part one evaluates the code in the built app's
 * page; part two builds a harness with the renderer's Vite config so the thumbnail
 * worker is emitted and loaded as in the app, under the app's CSP.
 */
const ENTRY = fileURLToPath(new URL('./support/evidence-entry.ts', import.meta.url));
const HARNESS_ROOT = fileURLToPath(new URL('./support/evidence-page', import.meta.url));
const HARNESS_OUT = fileURLToPath(new URL('../../dist/e2e-evidence', import.meta.url));
const RENDERER_CONFIG = fileURLToPath(new URL('../../renderer/vite.config.ts', import.meta.url));

interface EvidenceEntry {
  bigThumbnail(width: number, height: number): Promise<{ sourceBytes: number; type: string; width: number; height: number }>;
  corruptJpegCode(): Promise<string>;
  randomBytesAsJpegCode(): Promise<string>;
  prepareBytes(bytes: number[], name: string, type: string): Promise<{ code: string; sha256: string; size: number; kind: string }>;
  preparedPhoto(): Promise<{ sha256: string; bytes: number[]; thumbnailType: string }>;
}

interface EvidenceHarness {
  workerThumbnail(width: number, height: number): Promise<string>;
  prepareDefault(): Promise<string[]>;
}

let app: RunningApp;
let harnessServer: RunningApp;
let browser: Browser;
let page: Page;

/** Globals in the pages; evaluated functions are serialised, so each names them itself. */
type EntryWindow = { InspectionKitEvidence: EvidenceEntry };
type HarnessWindow = { evidenceHarness: EvidenceHarness };

beforeAll(async () => {
  const bundle = await esbuild({
    entryPoints: [ENTRY], bundle: true, format: 'iife', globalName: 'InspectionKitEvidence', write: false, target: 'chrome120',
    // The worker URL is never used here (the entry injects the in-page thumbnailer).
    define: { 'import.meta.url': 'location.href' },
  });
  await viteBuild({ configFile: RENDERER_CONFIG, root: HARNESS_ROOT, logLevel: 'warn', build: { outDir: HARNESS_OUT, emptyOutDir: true, sourcemap: false } });
  app = await serveBuiltApp();
  harnessServer = await serveRenderer({ root: HARNESS_OUT, port: 0 });
  browser = await launchChromium();
  page = await browser.newPage();
  await openApp(page, `${app.url}/#/`);
  // DevTools evaluation is not subject to the page's CSP; the app itself never evals.
  await page.evaluate(bundle.outputFiles[0]?.text ?? '');
});

afterAll(async () => {
  await browser.close();
  await app.close();
  await harnessServer.close();
});

describe('evidence preparation in Chromium', () => {
  it('scales a 6000×4000 photo to a JPEG whose longest side is 320 px, keeping the aspect ratio', async () => {
    const landscape = await page.evaluate(() => (window as unknown as EntryWindow).InspectionKitEvidence.bigThumbnail(6000, 4000));
    expect(landscape.sourceBytes).toBeGreaterThan(50_000);
    expect(landscape).toMatchObject({ type: 'image/jpeg', width: 320, height: 213 });
    const portrait = await page.evaluate(() => (window as unknown as EntryWindow).InspectionKitEvidence.bigThumbnail(3000, 4000));
    expect(portrait).toMatchObject({ type: 'image/jpeg', width: 240, height: 320 });
  });

  it('refuses a corrupt JPEG as unreadable instead of attaching it', async () => {
    expect(await page.evaluate(() => (window as unknown as EntryWindow).InspectionKitEvidence.corruptJpegCode())).toBe('unreadable:undecodable');
    expect(await page.evaluate(() => (window as unknown as EntryWindow).InspectionKitEvidence.randomBytesAsJpegCode())).toBe('unreadable:unknown_signature');
  });

  it('hashes with SHA-256 exactly as Node does', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(256 * 1024)]);
    const prepared = await page.evaluate(([bytes]) => (window as unknown as EntryWindow).InspectionKitEvidence.prepareBytes(bytes ?? [], 'bien-ban.pdf', 'application/pdf'), [[...pdf]]);
    expect(prepared).toEqual({ code: 'ok', sha256: createHash('sha256').update(pdf).digest('hex'), size: pdf.length, kind: 'document' });
    const photo = await page.evaluate(() => (window as unknown as EntryWindow).InspectionKitEvidence.preparedPhoto());
    expect(photo.sha256).toBe(createHash('sha256').update(Uint8Array.from(photo.bytes)).digest('hex'));
    expect(photo.thumbnailType).toBe('image/jpeg');
  });
});

describe('thumbnail worker in the built app', () => {
  it('is emitted as its own file, referenced by the app bundle, and runs under the app CSP', async () => {
    const assets = readdirSync(`${RENDERER_DIR}/assets`);
    const worker = assets.find((name) => /^thumbnail\.worker-.*\.js$/.test(name));
    expect(worker).toBeDefined();
    const bundles = assets.filter((name) => /^index-.*\.js$/.test(name)).map((name) => readFileSync(`${RENDERER_DIR}/assets/${name}`, 'utf8'));
    expect(bundles.some((code) => code.includes(`/assets/${worker ?? '?'}`))).toBe(true);
    // Started from the app's own page, so worker-src and the served headers are the app's.
    const answer = await page.evaluate(async (url) => {
      const canvas = new OffscreenCanvas(1200, 900);
      canvas.getContext('2d')?.fillRect(0, 0, 1200, 900);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg' });
      const started = new Worker(url, { type: 'module' });
      const reply = await new Promise<{ id: number; thumbnail: Blob | null }>((resolve, reject) => {
        started.addEventListener('message', (event: MessageEvent<{ id: number; thumbnail: Blob | null }>) => resolve(event.data));
        started.addEventListener('error', () => reject(new Error('worker failed to load')));
        started.postMessage({ id: 7, blob });
      });
      started.terminate();
      return { id: reply.id, type: reply.thumbnail?.type ?? null };
    }, `/assets/${worker ?? '?'}`);
    expect(answer).toEqual({ id: 7, type: 'image/jpeg' });
  });
});

describe('thumbnail worker in a Vite build under the app CSP', () => {
  it('is emitted as its own file', () => {
    expect(readdirSync(`${HARNESS_OUT}/assets`).some((name) => /^thumbnail\.worker-.*\.js$/.test(name))).toBe(true);
  });

  it('loads, makes thumbnails off the page thread and refuses a corrupt photo', async () => {
    const harnessPage = await browser.newPage();
    const refused: string[] = [];
    harnessPage.on('console', (message) => /Refused to|violates the following Content Security Policy/.test(message.text()) && refused.push(message.text()));
    const workerUrls: string[] = [];
    harnessPage.on('worker', (worker) => workerUrls.push(worker.url()));
    await harnessPage.goto(harnessServer.url);
    await harnessPage.waitForFunction(() => document.title === 'evidence-ready');
    expect(await harnessPage.evaluate(() => (window as unknown as HarnessWindow).evidenceHarness.workerThumbnail(4000, 3000))).toBe('image/jpeg 320x240');
    expect(await harnessPage.evaluate(() => (window as unknown as HarnessWindow).evidenceHarness.prepareDefault())).toEqual(['ok image/jpeg', 'unreadable:undecodable']);
    expect(workerUrls).toHaveLength(1);
    expect(workerUrls[0]).toMatch(/\/assets\/thumbnail\.worker-.*\.js$/);
    expect(refused).toEqual([]);
    await harnessPage.close();
  });
});
