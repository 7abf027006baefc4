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
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
}

/** The `Session` methods that decide permission prompts. */
export interface HardenableSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, grant: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
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
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools,
    },
  };
}

/**
 * Lock a page to our origin: no navigation or redirect elsewhere, no new windows,
 * no <webview>. Applied to every WebContents, not just the main window's.
 */
export function hardenContents(contents: HardenableContents): void {
  const stayOnAppOrigin = (event: NavigationEvent): void => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-redirect', stayOnAppOrigin);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The app needs no camera, location, notifications or devices: refuse them all, silently. */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, grant) => {
    grant(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
