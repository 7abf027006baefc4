import { describe, expect, it } from 'vitest';
import { shippedSources, sourceFacts, type SourceFacts } from './testing/source-facts';

/**
 * Issue 8: "logs (device and HQ) carry no personal data". The device has no logger:
 * no code in the renderer or shared/ writes to the console, and the main process
 * writes one line, when it cannot start, before any record could reach it. Nothing
 * reports errors or crashes anywhere. A runtime check of the same promise, through a
 * seal and a sync, is renderer/sync/device-logs.test.ts.
 */
const device = ['renderer', 'shared', 'electron'].flatMap((folder) => shippedSources(folder).map(sourceFacts));
const calls = (match: (call: string) => boolean): string[][] => device.flatMap((facts) => facts.calls.filter(match).map((call) => [facts.file, call]));

/** Where the page or the main process could hand text to something that keeps or sends it. */
const CONSOLE = /^(globalThis\.|window\.|self\.)?console\./;
const TELEMETRY = /sendBeacon|crashReporter|reportError|\.captureException|\.captureMessage|netLog|contentTracing/;

describe('device logs', () => {
  it('scans every shipped source of the renderer, shared/ and electron/', () => {
    const files = device.map((facts) => facts.file);
    expect(files.length).toBeGreaterThan(100);
    for (const file of ['electron/main.ts', 'renderer/db/repositories/seal.ts', 'renderer/sync/engine.ts', 'shared/bundle/encode.ts']) expect(files).toContain(file);
    expect(files.filter((file) => /\.test\.tsx?$|\/testing\//.test(file))).toEqual([]);
  });

  it('write to the console in one place only: the main process saying it could not start', () => {
    expect(calls((call) => CONSOLE.test(call))).toEqual([['electron/main.ts', 'console.error']]);
    // That line is in the start-up failure handler, which runs before the window (and so any record) exists.
    const main = device.find((facts) => facts.file === 'electron/main.ts') as SourceFacts;
    expect(main.strings).toContain('Inspection Kit failed to start:');
  });

  it('never send errors, crashes or traces anywhere', () => {
    expect(calls((call) => TELEMETRY.test(call))).toEqual([]);
    expect(device.flatMap((facts) => facts.imports.filter((i) => /sentry|bugsnag|rollbar|datadog|posthog|analytics|telemetry|electron-log/i.test(i)).map((i) => [facts.file, i]))).toEqual([]);
  });

  it('call fetch() only to reach HQ: the sync client, and the HQ workspace talking to its own server', () => {
    expect(calls((call) => /(^|\.)fetch$/.test(call))).toEqual([
      ['renderer/hq/api.ts', 'fetch'],
      ['renderer/sync/app-sync.ts', 'fetch'],
    ]);
  });
});
