import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL } from '../shared/bridge';
import { BRIDGE_CHANNELS } from './channels';

// The real `electron` module only exists inside Electron; record what the preload does with it.
const exposed = new Map<string, unknown>();
const invoked: unknown[][] = [];
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      invoked.push(args);
      return Promise.resolve({ ok: true, value: null });
    },
  },
}));

beforeAll(async () => {
  await import('./preload');
});

describe('preload', () => {
  it('exposes one object, under the Bridge global, with only the Bridge verbs as functions', () => {
    expect([...exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
    const api = exposed.get(BRIDGE_GLOBAL) as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(BRIDGE_CHANNELS).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each verb on its own fixed channel with the arguments unchanged', async () => {
    const api = exposed.get(BRIDGE_GLOBAL) as Record<keyof typeof BRIDGE_CHANNELS, (...args: unknown[]) => Promise<unknown>>;
    const bytes = new Uint8Array([1, 2]);
    invoked.length = 0;
    await api.appInfo();
    await api.saveFile({ suggestedName: 'a.ikb', mediaType: 'application/zip', bytes });
    await api.saveFiles({ files: [] });
    await api.printToPDF({ title: 'T' });
    await api.protectSecret(bytes);
    await api.revealSecret(bytes);
    await api.openInBrowser('https://hq.example/');
    expect(invoked).toEqual([
      [BRIDGE_CHANNELS.appInfo],
      [BRIDGE_CHANNELS.saveFile, { suggestedName: 'a.ikb', mediaType: 'application/zip', bytes }],
      [BRIDGE_CHANNELS.saveFiles, { files: [] }],
      [BRIDGE_CHANNELS.printToPDF, { title: 'T' }],
      [BRIDGE_CHANNELS.protectSecret, bytes],
      [BRIDGE_CHANNELS.revealSecret, bytes],
      [BRIDGE_CHANNELS.openInBrowser, 'https://hq.example/'],
    ]);
  });
});
