import { BRIDGE_GLOBAL, type Bridge } from '../../shared/bridge';
import { createBrowserHost } from './browser-host';

declare global {
  interface Window {
    readonly [BRIDGE_GLOBAL]?: Bridge;
  }
}

/** The Electron preload's bridge when present, else the browser host. */
const version: unknown = import.meta.env['VITE_APP_VERSION'];

export const bridge: Bridge = window[BRIDGE_GLOBAL] ?? createBrowserHost(typeof version === 'string' ? version : 'dev');
