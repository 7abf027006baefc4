import { beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from './app-origin';
import { BRIDGE_CHANNELS } from './channels';

// main.ts only wires modules together; this records the order and arguments of that wiring.
const calls: string[] = [];
const appListeners = new Map<string, (...args: unknown[]) => void>();
const windows: { options: { webPreferences?: Record<string, unknown> }; loaded: string[] }[] = [];
let ready: () => void = () => undefined;

vi.mock('electron', () => {
  class BrowserWindow {
    loaded: string[] = [];
    constructor(public options: { webPreferences?: Record<string, unknown> }) {
      calls.push('new BrowserWindow');
      windows.push(this);
    }
    once() {
      return this;
    }
    on() {
      return this;
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    static fromWebContents() {
      return null;
    }
  }
  const record = (name: string) => () => calls.push(name);
  return {
    BrowserWindow,
    app: {
      isPackaged: true,
      enableSandbox: record('app.enableSandbox'),
      requestSingleInstanceLock: () => true,
      on: (event: string, listener: (...args: unknown[]) => void) => {
        calls.push(`app.on ${event}`);
        appListeners.set(event, listener);
      },
      whenReady: () => new Promise<void>((resolve) => (ready = resolve)),
      getVersion: () => '0.1.0',
      getLocale: () => 'vi',
      quit: record('app.quit'),
      exit: record('app.exit'),
    },
    protocol: {
      registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged'),
      handle: (scheme: string) => calls.push(`protocol.handle ${scheme}`),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: record('session.setPermissionRequestHandler'),
        setPermissionCheckHandler: record('session.setPermissionCheckHandler'),
        setDevicePermissionHandler: record('session.setDevicePermissionHandler'),
      },
    },
    ipcMain: { handle: (channel: string) => calls.push(`ipcMain.handle ${channel}`) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: record('Menu.setApplicationMenu') },
    dialog: {},
    safeStorage: {},
  };
});

beforeAll(async () => {
  await import('./main');
});

describe('main wiring', () => {
  it('sandboxes all renderers and registers app:// before the app is ready', () => {
    expect(calls.slice(0, 2)).toEqual(['app.enableSandbox', 'protocol.registerSchemesAsPrivileged']);
    expect(calls).not.toContain('new BrowserWindow');
  });

  it('hardens every WebContents the app creates', () => {
    const hooked: string[] = [];
    const contents = {
      on: (event: string) => hooked.push(event),
      setWindowOpenHandler: (handler: () => unknown) => hooked.push(`open:${JSON.stringify(handler())}`),
    };
    appListeners.get('web-contents-created')?.({}, contents);
    expect(hooked.sort()).toEqual(['open:{"action":"deny"}', 'will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
  });

  it('once ready: locks the session, serves app://, registers the Bridge, then opens the window on app://', async () => {
    ready();
    await vi.waitFor(() => expect(windows[0]?.loaded).toEqual([APP_ENTRY_URL]));
    const order = (name: string) => calls.indexOf(name);
    expect(order('session.setPermissionRequestHandler')).toBeGreaterThan(-1);
    expect(order('protocol.handle app')).toBeGreaterThan(-1);
    for (const channel of Object.values(BRIDGE_CHANNELS)) expect(order(`ipcMain.handle ${channel}`)).toBeLessThan(order('new BrowserWindow'));
    expect(order('session.setPermissionCheckHandler')).toBeLessThan(order('new BrowserWindow'));
    expect(windows).toHaveLength(1);
    expect(windows[0]?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false });
    expect(String(windows[0]?.options.webPreferences?.['preload'])).toMatch(/preload\.cjs$/);
  });
});
