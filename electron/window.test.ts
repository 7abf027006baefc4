import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from './app-origin';
import {
  hardenContents,
  hardenSession,
  mainWindowOptions,
  type HardenableContents,
  type HardenableSession,
  type NavigationEvent,
  type PermissionCheckDetails,
  type PermissionRequestDetails,
} from './window';

/** A plain stand-in for WebContents that records listeners and lets a test fire them. */
function fakeContents() {
  const listeners = new Map<string, ((event: NavigationEvent) => void)[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents: HardenableContents = {
    on(name: string, listener: (event: NavigationEvent) => void) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  /** Fire an event and report whether any listener prevented it. */
  const fire = (name: string, url = ''): boolean => {
    let prevented = false;
    const event: NavigationEvent = { url, preventDefault: () => (prevented = true) };
    for (const listener of listeners.get(name) ?? []) listener(event);
    return prevented;
  };
  return { contents, fire, openWindow: (url: string) => openHandler?.({ url }) };
}

describe('mainWindowOptions', () => {
  const prefs = mainWindowOptions({ preloadPath: '/app/preload.cjs', devTools: false }).webPreferences ?? {};

  it('runs the page sandboxed, isolated and without Node', () => {
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and <webview> off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('turns on no experimental or Blink features', () => {
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('uses the given preload and DevTools setting', () => {
    expect(prefs.preload).toBe('/app/preload.cjs');
    expect(prefs.devTools).toBe(false);
    expect(mainWindowOptions({ preloadPath: '/p', devTools: true }).webPreferences?.devTools).toBe(true);
  });
});

describe('hardenContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: stays on app://inspection-kit, refuses anything else', (name) => {
    const { contents, fire } = fakeContents();
    hardenContents(contents);
    expect(fire(name, APP_ENTRY_URL)).toBe(false);
    expect(fire(name, 'app://inspection-kit/field/123')).toBe(false);
    for (const foreign of ['https://example.com/', 'file:///etc/passwd', 'app://other-host/index.html', 'http://127.0.0.1:5180/', 'javascript:alert(1)', 'app://user@inspection-kit/', 'not a url']) {
      expect(fire(name, foreign), foreign).toBe(true);
    }
  });

  it('denies every window.open, even to our own origin', () => {
    const { contents, openWindow } = fakeContents();
    hardenContents(contents);
    expect(openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(openWindow(APP_ENTRY_URL)).toEqual({ action: 'deny' });
  });

  it('prevents attaching a <webview>', () => {
    const { contents, fire } = fakeContents();
    hardenContents(contents);
    expect(fire('will-attach-webview')).toBe(true);
  });
});

describe('hardenSession', () => {
  type RequestHandler = Parameters<HardenableSession['setPermissionRequestHandler']>[0];
  type CheckHandler = Parameters<HardenableSession['setPermissionCheckHandler']>[0];

  /** The handlers hardenSession installs, with helpers that answer like Electron would ask. */
  function hardened() {
    let request: RequestHandler | undefined;
    let check: CheckHandler | undefined;
    let device: (() => boolean) | undefined;
    hardenSession({
      setPermissionRequestHandler: (handler) => (request = handler),
      setPermissionCheckHandler: (handler) => (check = handler),
      setDevicePermissionHandler: (handler) => (device = handler),
    });
    const ask = (permission: string, details: PermissionRequestDetails): boolean[] => {
      const answers: boolean[] = [];
      request?.(null, permission, (granted) => answers.push(granted), details);
      return answers;
    };
    const checks = (permission: string, origin: string, details: PermissionCheckDetails = {}) => check?.(null, permission, origin, details);
    return { ask, checks, device: () => device?.() };
  }

  const page = `${APP_ORIGIN}/index.html`;

  it('allows the camera (video only) for our own page', () => {
    const { ask, checks } = hardened();
    expect(ask('media', { requestingUrl: page, securityOrigin: `${APP_ORIGIN}/`, mediaTypes: ['video'] })).toEqual([true]);
    expect(ask('media', { requestingUrl: page, mediaTypes: ['video'] })).toEqual([true]);
    expect(checks('media', APP_ORIGIN, { mediaType: 'video', securityOrigin: APP_ORIGIN })).toBe(true);
  });

  it('denies the microphone, alone or with the camera', () => {
    const { ask, checks } = hardened();
    expect(ask('media', { requestingUrl: page, mediaTypes: ['audio'] })).toEqual([false]);
    expect(ask('media', { requestingUrl: page, mediaTypes: ['video', 'audio'] })).toEqual([false]);
    expect(ask('media', { requestingUrl: page, mediaTypes: [] })).toEqual([false]);
    expect(ask('media', { requestingUrl: page })).toEqual([false]);
    expect(checks('media', APP_ORIGIN, { mediaType: 'audio' })).toBe(false);
    expect(checks('media', APP_ORIGIN, { mediaType: 'unknown' })).toBe(false);
    expect(checks('media', APP_ORIGIN)).toBe(false);
  });

  it('denies the camera to any other origin', () => {
    const { ask, checks } = hardened();
    for (const foreign of ['https://example.com/', 'app://other-host/index.html', 'http://127.0.0.1:5180/', 'file:///index.html', 'app://user@inspection-kit/', '']) {
      expect(ask('media', { requestingUrl: foreign, mediaTypes: ['video'] }), foreign).toEqual([false]);
      // A frame of another origin inside our page: the security origin gives it away.
      expect(ask('media', { requestingUrl: page, securityOrigin: foreign || 'null', mediaTypes: ['video'] }), foreign).toEqual([false]);
      expect(checks('media', foreign, { mediaType: 'video' }), foreign).toBe(false);
      expect(checks('media', APP_ORIGIN, { mediaType: 'video', requestingUrl: foreign || 'null' }), foreign).toBe(false);
    }
  });

  it('refuses every other permission request, permission check and device', () => {
    const { ask, checks, device } = hardened();
    for (const permission of ['geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen', 'display-capture', 'midi', 'unknown']) {
      expect(ask(permission, { requestingUrl: page, mediaTypes: ['video'] }), permission).toEqual([false]);
      expect(checks(permission, APP_ORIGIN, { mediaType: 'video' }), permission).toBe(false);
    }
    expect(device()).toBe(false);
  });
});
