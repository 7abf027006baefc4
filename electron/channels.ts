import type { Bridge } from '../shared/bridge';

/**
 * The fixed IPC channel of each Bridge verb. The preload and the main process
 * share this table so a renderer can reach only these handlers, nothing else.
 */
export const BRIDGE_CHANNELS = {
  appInfo: 'inspection-kit:app-info',
  saveFile: 'inspection-kit:save-file',
  saveFiles: 'inspection-kit:save-files',
  printToPDF: 'inspection-kit:print-to-pdf',
  protectSecret: 'inspection-kit:protect-secret',
  revealSecret: 'inspection-kit:reveal-secret',
  openInBrowser: 'inspection-kit:open-in-browser',
} as const satisfies Record<keyof Bridge, string>;

export type BridgeVerb = keyof typeof BRIDGE_CHANNELS;
