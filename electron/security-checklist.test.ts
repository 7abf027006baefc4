import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import policy from '../shared/security/csp.json';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl } from './app-origin';
import { createBridgeHandlers, type BridgeCaller } from './bridge-handlers';
import { BRIDGE_CHANNELS } from './channels';
import { APP_SCHEME_PRIVILEGES } from './protocol';
import { PROJECT_ROOT, shippedSources, sourceFacts, type SourceFacts } from './testing/source-facts';
import { hardenContents, mainWindowOptions, type HardenableContents, type NavigationEvent } from './window';

/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security),
 * one test per item, numbered as there. Behaviour is proven in the module tests named in
 * docs/SECURITY.md; this file adds what they cannot see: that no other code in electron/
 * undoes a lock (a second window, a stray `shell.openExternal`, an IPC listener outside
 * the Bridge, a `file://` load).
 */
const electronSources: readonly SourceFacts[] = shippedSources('electron').map(sourceFacts);
const rendererSources: readonly SourceFacts[] = shippedSources('renderer').map(sourceFacts);
const prefs = mainWindowOptions({ preloadPath: '/app/preload.cjs', devTools: false }).webPreferences ?? {};
const readProjectFile = (path: string): string => readFileSync(join(PROJECT_ROOT, path), 'utf8');

/** `[file, fact]` for every fact matching, so a failure names the file. */
function where(sources: readonly SourceFacts[], pick: (facts: SourceFacts) => readonly string[], match: (fact: string) => boolean): string[][] {
  return sources.flatMap((facts) => pick(facts).filter(match).map((fact) => [facts.file, fact]));
}
const propertiesSet = (name: string, value: string): string[][] =>
  where(electronSources, (f) => f.properties.filter(([key, v]) => key === name && v === value).map(([key, v]) => `${key}: ${v}`), () => true);

function navigationLocks() {
  const listeners = new Map<string, ((event: NavigationEvent) => void)[]>();
  let open: ((details: { url: string }) => { action: string }) | undefined;
  const contents: HardenableContents = {
    on(name: string, listener: (event: NavigationEvent) => void) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler: (handler) => (open = handler),
  };
  hardenContents(contents);
  const prevented = (name: string, url: string): boolean => {
    let stopped = false;
    for (const listener of listeners.get(name) ?? []) listener({ url, preventDefault: () => (stopped = true) });
    return stopped;
  };
  return { prevented, open: (url: string) => open?.({ url }) };
}

describe('Electron security checklist', () => {
  it('1. only loads secure content: the window loads app:// only, the page pulls nothing from the network', () => {
    expect(where(electronSources, (f) => f.calls, (c) => /\.(loadURL|loadFile)$/.test(c))).toEqual([['electron/main.ts', 'window.loadURL']]);
    expect(readProjectFile('electron/main.ts')).toContain('window.loadURL(APP_ENTRY_URL)');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    // No script, style or font from elsewhere; fetch() only to https or this machine (the HQ URL).
    expect(readProjectFile('renderer/index.html')).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(policy.directives['script-src']).toEqual(["'self'"]);
    expect(policy.directives['connect-src'].filter((source) => source.startsWith('http:'))).toEqual(['http://localhost:*', 'http://127.0.0.1:*']);
  });

  it('2. gives no renderer Node integration, and nothing in electron/ turns it on', () => {
    expect([prefs.nodeIntegration, prefs.nodeIntegrationInWorker, prefs.nodeIntegrationInSubFrames]).toEqual([false, false, false]);
    // The scan sees the one place it is set, so its empty answers below are not vacuous.
    expect(propertiesSet('nodeIntegration', 'false')).toEqual([['electron/window.ts', 'nodeIntegration: false']]);
    for (const name of ['nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames']) expect(propertiesSet(name, 'true'), name).toEqual([]);
  });

  it('3. isolates the preload from the page (contextIsolation), and nothing turns it off', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(propertiesSet('contextIsolation', 'false')).toEqual([]);
  });

  it('4. sandboxes every renderer: the window option and app.enableSandbox() before anything else', () => {
    expect(prefs.sandbox).toBe(true);
    expect(propertiesSet('sandbox', 'false')).toEqual([]);
    expect(where(electronSources, (f) => f.calls, (c) => c === 'app.enableSandbox')).toEqual([['electron/main.ts', 'app.enableSandbox']]);
  });

  it('5. decides every permission request in the one session the app uses', () => {
    const main = sourceFacts(join(PROJECT_ROOT, 'electron/main.ts'));
    expect(main.calls).toContain('hardenSession');
    expect(readProjectFile('electron/main.ts')).toContain('hardenSession(session.defaultSession)');
    // No second session (partition) that would start with Electron's allow-all default.
    expect(where(electronSources, (f) => f.calls, (c) => /fromPartition|fromPath/.test(c))).toEqual([]);
    expect(where(electronSources, (f) => f.properties.map(([key]) => key), (key) => key === 'partition' || key === 'session')).toEqual([]);
  });

  it('6. keeps webSecurity on', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(propertiesSet('webSecurity', 'false')).toEqual([]);
  });

  it('7. defines a strict Content-Security-Policy (served on every app:// response and as a <meta> tag)', () => {
    const directives: Record<string, readonly string[]> = policy.directives;
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    // No inline script or eval anywhere, no wildcard source; frames fall back to default-src 'none'.
    expect(Object.values(directives).flat().filter((source) => /unsafe|^\*$/.test(source))).toEqual([]);
    expect(Object.keys(directives).filter((name) => /frame-src|child-src/.test(name))).toEqual([]);
    expect(readProjectFile('electron/protocol.ts')).toContain("'Content-Security-Policy': CONTENT_SECURITY_POLICY");
    expect(readProjectFile('renderer/index.html')).toContain('<!-- csp -->');
  });

  it('8. does not allow running insecure content', () => {
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(propertiesSet('allowRunningInsecureContent', 'true')).toEqual([]);
  });

  it('9. enables no experimental features', () => {
    expect(prefs.experimentalFeatures).toBe(false);
    expect(propertiesSet('experimentalFeatures', 'true')).toEqual([]);
  });

  it('10. uses no enableBlinkFeatures', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(where(electronSources, (f) => f.properties.map(([key]) => key), (key) => key === 'enableBlinkFeatures')).toEqual([]);
  });

  it('11. has no <webview> to give allowpopups to: the tag is off and the renderer has none', () => {
    expect(prefs.webviewTag).toBe(false);
    expect(propertiesSet('webviewTag', 'true')).toEqual([]);
    expect(where(rendererSources, (f) => f.jsxTags, (tag) => tag === 'webview')).toEqual([]);
    expect(where(rendererSources, (f) => f.strings, (s) => /allowpopups|<webview/i.test(s))).toEqual([]);
  });

  it('12. refuses to attach any <webview>, whatever its options', () => {
    const { prevented } = navigationLocks();
    expect(prevented('will-attach-webview', 'https://example.com/')).toBe(true);
    expect(prevented('will-attach-webview', APP_ENTRY_URL)).toBe(true);
  });

  it('13. limits navigation, of the page and of any frame, to app://inspection-kit', () => {
    const { prevented } = navigationLocks();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(prevented(event, `${APP_ORIGIN}/field`), event).toBe(false);
      for (const foreign of ['https://example.com/', 'file:///etc/passwd', 'app://inspection-kit.evil/', 'javascript:alert(1)']) expect(prevented(event, foreign), `${event} ${foreign}`).toBe(true);
    }
  });

  it('14. denies every new window, and main.ts creates exactly one, with the hardened options', () => {
    const { open } = navigationLocks();
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open(APP_ENTRY_URL)).toEqual({ action: 'deny' });
    const windows = where(electronSources, (f) => f.constructed, (c) => /BrowserWindow|BrowserView|WebContentsView|BaseWindow/.test(c));
    expect(windows).toEqual([['electron/main.ts', 'BrowserWindow']]);
    expect(readProjectFile('electron/main.ts')).toContain('new BrowserWindow(mainWindowOptions(');
  });

  it('15. hands the system browser only URLs the openInBrowser handler has checked', async () => {
    // The one call of shell.openExternal is the `openExternal` service behind that handler.
    expect(where(electronSources, (f) => f.calls, (c) => c.endsWith('openExternal'))).toEqual([
      ['electron/bridge-handlers.ts', 'services.openExternal'],
      ['electron/main.ts', 'shell.openExternal'],
    ]);
    const opened: string[] = [];
    const handlers = createBridgeHandlers({ appVersion: '1', platform: 'linux', keys: {} as never, openExternal: (url) => Promise.resolve(void opened.push(url)) });
    const caller = {} as BridgeCaller;
    const hostile = ['file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'smb://attacker/share', 'ms-msdt:/id', 'http://evil.example/', 'https://user:pw@hq.example/', 'vbscript:x', ''];
    for (const url of hostile) expect(await handlers.openInBrowser(caller, [url]), url).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await handlers.openInBrowser(caller, ['https://hq.example/review'])).toEqual({ ok: true, value: null });
    expect(opened).toEqual(['https://hq.example/review']);
  });

  it('16. runs a current Electron: pinned exactly, installed as pinned, at or above the supported floor', () => {
    const project = JSON.parse(readProjectFile('package.json')) as { devDependencies?: Record<string, string>; dependencies?: Record<string, string> };
    const pinned = project.devDependencies?.['electron'] ?? project.dependencies?.['electron'] ?? '';
    const installed = (JSON.parse(readProjectFile('node_modules/electron/package.json')) as { version: string }).version;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed).toBe(pinned);
    // 45 was npm's `latest` when this was checked (2026-11); Electron supports the last three majors.
    // Raise the floor with every upgrade so a downgrade fails here (docs/SECURITY.md, "Keeping Electron current").
    expect(Number(pinned.split('.')[0])).toBeGreaterThanOrEqual(45);
  });

  it('17. validates the sender of every IPC message: only the Bridge handlers listen, each checks the frame', () => {
    const listeners = where(electronSources, (f) => f.calls, (c) => c.startsWith('ipcMain.') || (/\.handle(Once)?$/.test(c) && c !== 'protocol.handle'));
    expect(listeners).toEqual([['electron/ipc.ts', 'ipcMain.handle']]);
    expect(where(electronSources, (f) => f.calls, (c) => /ipcMain\.(on|once|addListener)$/.test(c))).toEqual([]);
    expect(readProjectFile('electron/ipc.ts')).toContain("if (!isAppUrl(event.senderFrame?.url ?? '')) return fail('invalid_request', 'untrusted_sender');");
  });

  it('18. serves the app from app://, not file://, and never loads a file:// URL', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(APP_ENTRY_URL).toBe('app://inspection-kit/index.html');
    expect(where(electronSources, (f) => f.strings, (s) => s.includes('file:'))).toEqual([]);
    expect(where(electronSources, (f) => f.strings, (s) => s === 'inspection-kit')).toEqual([['electron/app-origin.ts', 'inspection-kit']]);
    expect(where(electronSources, (f) => f.calls, (c) => /loadFile|registerFileProtocol|interceptFileProtocol/.test(c))).toEqual([]);
  });

  it('19. flips the fuses at package time: no Node mode, no NODE_OPTIONS or --inspect, only the checked app.asar', () => {
    // Every wire, and that electron-builder maps them, is asserted in build/electron-builder.test.ts.
    const { electronFuses } = createRequire(import.meta.url)('../build/electron-builder.config.cjs') as { electronFuses: Record<string, boolean> };
    expect(electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('20. exposes no Electron API to the page: one global of Bridge verbs, each on a fixed channel', () => {
    const preload = sourceFacts(join(PROJECT_ROOT, 'electron/preload.ts'));
    expect(preload.calls.filter((c) => c.startsWith('contextBridge.') || c.startsWith('ipcRenderer.'))).toEqual(['ipcRenderer.invoke', 'contextBridge.exposeInMainWorld']);
    expect(readProjectFile('electron/preload.ts')).toContain('ipcRenderer.invoke(BRIDGE_CHANNELS[verb], ...args)');
    expect(Object.values(BRIDGE_CHANNELS).every((channel) => channel.startsWith('inspection-kit:'))).toBe(true);
    // And no remote module: neither the package nor the old option.
    const project = readProjectFile('package.json');
    expect(project).not.toContain('@electron/remote');
    expect(where(electronSources, (f) => f.imports, (i) => i.includes('remote'))).toEqual([]);
    expect(where(electronSources, (f) => f.properties.map(([key]) => key), (key) => key === 'enableRemoteModule')).toEqual([]);
  });
});
