import type { BrowserWindowConstructorOptions } from 'electron';
import { isAppUrl } from './app-origin';

/** The slice of an Electron event these locks use. */
export interface PreventableEvent {
  preventDefault(): void;
}

export interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

/** The few `WebContents` methods hardening needs, so tests can pass plain fakes. */
export interface HardenableContents {
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
}

/** What Electron tells about a permission request (the fields of MediaAccessPermissionRequest used here). */
export interface PermissionRequestDetails {
  readonly requestingUrl?: string;
  readonly securityOrigin?: string;
  readonly mediaTypes?: readonly string[];
}

/** What Electron tells about a permission check (PermissionCheckHandlerHandlerDetails). */
export interface PermissionCheckDetails {
  readonly requestingUrl?: string;
  readonly securityOrigin?: string;
  readonly mediaType?: string;
}

/** The `Session` methods that decide permission prompts. */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, grant: (granted: boolean) => void, details: PermissionRequestDetails) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string, requestingOrigin: string, details: PermissionCheckDetails) => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

export interface MainWindowSettings {
  readonly preloadPath: string;
  /** DevTools only in development: in production they would let anyone read records. */
  readonly devTools: boolean;
}

/** The one place window security is decided; every lock is explicit, not a default. */
export function mainWindowOptions({ preloadPath, devTools }: MainWindowSettings): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Inspection Kit',
    webPreferences: {
      preload: preloadPath,
      // The renderer is a web page: OS sandbox, isolated world, no Node.
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      // Electron checklist 9 and 10: no experimental Chromium features, no enableBlinkFeatures (never set).
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools,
    },
  };
}

/**
 * Lock a page to our origin: no navigation or redirect elsewhere (of the page or of
 * any frame in it), no new windows, no <webview>. Applied to every WebContents, not
 * just the main window's.
 */
export function hardenContents(contents: HardenableContents): void {
  const stayOnAppOrigin = (event: NavigationEvent): void => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnAppOrigin);
  // will-navigate sees only the main frame; a frame (should CSP ever let one load) is checked here.
  contents.on('will-frame-navigate', stayOnAppOrigin);
  contents.on('will-redirect', stayOnAppOrigin);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Every origin Electron reports for the request is our own (absent ones are not counted as foreign). */
const fromAppOrigin = (...urls: (string | undefined)[]): boolean =>
  urls.some((url) => url !== undefined) && urls.every((url) => url === undefined || isAppUrl(url));

/**
 * The camera for evidence photos is the one permission: `media` with video only,
 * asked by our own page. No microphone, location, notifications or devices.
 */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, permission, grant, details) => {
    const videoOnly = details.mediaTypes !== undefined && details.mediaTypes.length > 0 && details.mediaTypes.every((type) => type === 'video');
    grant(permission === 'media' && videoOnly && fromAppOrigin(details.requestingUrl, details.securityOrigin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    permission === 'media' && details.mediaType === 'video' && fromAppOrigin(requestingOrigin, details.requestingUrl, details.securityOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}
