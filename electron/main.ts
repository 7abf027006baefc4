import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell, type OpenDialogOptions, type SaveDialogOptions, type WebContents } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { bridgeCallerFor } from './bridge-caller';
import { createBridgeHandlers } from './bridge-handlers';
import { registerBridgeHandlers } from './ipc';
import { keyProtectorFrom } from './key-protection';
import { applicationMenuTemplate } from './menu';
import { createRendererHandler, registerAppScheme } from './protocol';
import { hardenContents, hardenSession, mainWindowOptions } from './window';

// Bundled to dist/electron/main.cjs (CommonJS), so __dirname is that folder.
const rendererRoot = join(__dirname, '..', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');
const development = !app.isPackaged;
let mainWindow: BrowserWindow | null = null;

// Every renderer in the OS sandbox, even one created by mistake without the option.
app.enableSandbox();
registerAppScheme(protocol);
// No auto-updater on purpose: devices are often offline and IT installs new versions.

const callerNatives = {
  windowOf: (contents: WebContents) => BrowserWindow.fromWebContents(contents),
  showSaveDialog: (window: BrowserWindow, options: SaveDialogOptions) => dialog.showSaveDialog(window, options),
  showOpenDialog: (window: BrowserWindow, options: OpenDialogOptions) => dialog.showOpenDialog(window, options),
};

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createRendererHandler(rendererRoot));
  const services = {
    appVersion: app.getVersion(),
    platform: process.platform,
    keys: keyProtectorFrom(safeStorage, process.platform),
    // The handler has already checked the URL (parseExternalUrl); the app window itself never navigates away.
    openExternal: (url: string) => shell.openExternal(url),
  };
  registerBridgeHandlers(ipcMain, createBridgeHandlers(services), (event) => bridgeCallerFor(event.sender, callerNatives));
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate({ development, platform: process.platform, locale: app.getLocale() })));

  const window = new BrowserWindow(mainWindowOptions({ preloadPath, devTools: development }));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  await window.loadURL(APP_ENTRY_URL);
}

if (!app.requestSingleInstanceLock()) {
  // A second copy would race the first over the same IndexedDB files.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Any WebContents, including ones we never meant to create, gets the same locks.
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Without a window there is nothing to show; fail loudly rather than linger invisibly.
      console.error('Inspection Kit failed to start:', error);
      app.exit(1);
    });
}
