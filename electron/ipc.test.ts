import { describe, expect, it } from 'vitest';
import type { BridgeResult } from '../shared/bridge';
import { ok } from '../shared/result';
import type { BridgeCaller, BridgeHandler, BridgeHandlers } from './bridge-handlers';
import { BRIDGE_CHANNELS } from './channels';
import { registerBridgeHandlers, type InvokeEvent } from './ipc';

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<BridgeResult<unknown>>;

const caller: BridgeCaller = { chooseSavePath: () => Promise.resolve(null), chooseFolder: () => Promise.resolve(null), printToPDF: () => Promise.resolve(new Uint8Array()) };

function register(handler: BridgeHandler) {
  const listeners = new Map<string, Listener>();
  const calls: unknown[][] = [];
  const recording: BridgeHandler = (c, args) => {
    calls.push([...args]);
    return handler(c, args);
  };
  const handlers: BridgeHandlers = {
    appInfo: recording, saveFile: recording, saveFiles: recording, printToPDF: recording, protectSecret: recording, revealSecret: recording, openInBrowser: recording,
  };
  registerBridgeHandlers({ handle: (channel, listener: Listener) => listeners.set(channel, listener) }, handlers, () => caller);
  const invoke = (channel: string, url: string | null, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (listener === undefined) throw new Error(`no handler on ${channel}`);
    return listener({ senderFrame: url === null ? null : { url } }, ...args);
  };
  return { listeners, calls, invoke };
}

describe('registerBridgeHandlers', () => {
  it('listens on exactly the fixed Bridge channels', () => {
    const { listeners } = register(() => Promise.resolve(ok(1)));
    expect([...listeners.keys()].sort()).toEqual(Object.values(BRIDGE_CHANNELS).sort());
  });

  it('passes arguments from pages on app://inspection-kit through to the handler', async () => {
    const { invoke, calls } = register(() => Promise.resolve(ok('done')));
    expect(await invoke(BRIDGE_CHANNELS.saveFile, 'app://inspection-kit/index.html', { a: 1 })).toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([[{ a: 1 }]]);
  });

  it.each(['https://evil.example/', 'file:///tmp/x.html', 'app://other/index.html', 'http://127.0.0.1:5180/', null])('refuses a call from %s without running the handler', async (url) => {
    const { invoke, calls } = register(() => Promise.resolve(ok('done')));
    expect(await invoke(BRIDGE_CHANNELS.protectSecret, url, new Uint8Array([1]))).toEqual({ ok: false, error: { code: 'invalid_request', detail: 'untrusted_sender' } });
    expect(calls).toEqual([]);
  });

  it('refuses to open a browser for a page that is not the app', async () => {
    const { invoke, calls } = register(() => Promise.resolve(ok(null)));
    expect(await invoke(BRIDGE_CHANNELS.openInBrowser, 'https://evil.example/', 'https://hq.example/')).toEqual({ ok: false, error: { code: 'invalid_request', detail: 'untrusted_sender' } });
    expect(calls).toEqual([]);
  });

  it('turns an unexpected exception into a result instead of throwing across', async () => {
    const { invoke } = register(() => Promise.reject(new Error('/home/user/secret path in message')));
    expect(await invoke(BRIDGE_CHANNELS.appInfo, 'app://inspection-kit/')).toEqual({ ok: false, error: { code: 'io_failed', detail: 'unexpected' } });
  });
});
