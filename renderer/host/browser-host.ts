import type { Bridge, BridgeResult } from '../../shared/bridge';
import { fail, ok } from '../../shared/result';

/**
 * The Bridge in a plain browser tab (the web build, the end-to-end tests, HQ
 * staff using a browser): downloads instead of save dialogs, the print dialog
 * instead of printToPDF, and no OS keychain.
 */
export function createBrowserHost(appVersion: string): Bridge {
  return {
    appInfo: () => Promise.resolve(ok({ host: 'browser' as const, appVersion, platform: navigator.platform || 'web' })),

    saveFile: (request) => {
      if (!request.suggestedName || /[\\/]/.test(request.suggestedName)) return Promise.resolve(fail('invalid_request'));
      const blob = new Blob([request.bytes.slice()], { type: request.mediaType });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      link.click();
      // Give the download a moment to start before the URL goes away.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return Promise.resolve(ok({ savedAs: request.suggestedName }));
    },

    printToPDF: (request) => {
      const previousTitle = document.title;
      document.title = request.title;
      try {
        window.print();
        return Promise.resolve(ok({ savedAs: null }));
      } catch {
        return Promise.resolve(fail('print_failed'));
      } finally {
        document.title = previousTitle;
      }
    },

    protectSecret: (): Promise<BridgeResult<Uint8Array>> => Promise.resolve(fail('unsupported')),
    revealSecret: (): Promise<BridgeResult<Uint8Array>> => Promise.resolve(fail('unsupported')),
  };
}
