import type { BridgeResult } from '../shared/bridge';
import { fail } from '../shared/result';
import { isAppUrl } from './app-origin';
import type { BridgeCaller, BridgeHandlers } from './bridge-handlers';
import { BRIDGE_CHANNELS, type BridgeVerb } from './channels';

/** What an `ipcMain.handle` event carries that we rely on. */
export interface InvokeEvent {
  readonly senderFrame: { readonly url: string } | null;
}

export interface IpcMainLike<E extends InvokeEvent> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<BridgeResult<unknown>>): void;
}

/**
 * Wire each verb to its fixed channel. Only pages on app:// may call (a page that
 * navigated elsewhere must not reach the keychain), and nothing throws across.
 */
export function registerBridgeHandlers<E extends InvokeEvent>(
  ipcMain: IpcMainLike<E>,
  handlers: BridgeHandlers,
  callerFor: (event: E) => BridgeCaller,
): void {
  for (const verb of Object.keys(BRIDGE_CHANNELS) as BridgeVerb[]) {
    ipcMain.handle(BRIDGE_CHANNELS[verb], async (event, ...args) => {
      if (!isAppUrl(event.senderFrame?.url ?? '')) return fail('invalid_request', 'untrusted_sender');
      try {
        return await handlers[verb](callerFor(event), args);
      } catch {
        return fail('io_failed', 'unexpected');
      }
    });
  }
}
