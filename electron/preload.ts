import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, type Bridge } from '../shared/bridge';
import { BRIDGE_CHANNELS, type BridgeVerb } from './channels';

/** One verb, one fixed channel: the page gets functions, never `ipcRenderer` itself. */
function invoke<V extends BridgeVerb>(verb: V, ...args: Parameters<Bridge[V]>): ReturnType<Bridge[V]> {
  // invoke() is untyped; main validates every argument and answers with a BridgeResult.
  return ipcRenderer.invoke(BRIDGE_CHANNELS[verb], ...args) as ReturnType<Bridge[V]>;
}

const bridge = {
  appInfo: () => invoke('appInfo'),
  saveFile: (request) => invoke('saveFile', request),
  saveFiles: (request) => invoke('saveFiles', request),
  printToPDF: (request) => invoke('printToPDF', request),
  protectSecret: (plain) => invoke('protectSecret', plain),
  revealSecret: (wrapped) => invoke('revealSecret', wrapped),
  openInBrowser: (url) => invoke('openInBrowser', url),
} satisfies Bridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
