import type { Bridge, BridgeResult, SaveFileRequest } from '../../shared/bridge';
import { fail, ok } from '../../shared/result';

/**
 * The Bridge in a plain browser tab (the web build, the end-to-end tests, HQ
 * staff using a browser): downloads instead of save dialogs, the print dialog
 * instead of printToPDF, and no OS keychain.
 */
const isPlainName = (name: string): boolean => name !== '' && !/[\\/]/.test(name);

/** http(s) only: a javascript: or data: URL must not run in a new tab of this origin. */
function isWebUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function download(request: SaveFileRequest): void {
  const blob = new Blob([request.bytes.slice()], { type: request.mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.click();
  // Give the download a moment to start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function createBrowserHost(appVersion: string): Bridge {
  return {
    appInfo: () => Promise.resolve(ok({ host: 'browser' as const, appVersion, platform: navigator.platform || 'web' })),

    saveFile: (request) => {
      if (!isPlainName(request.suggestedName)) return Promise.resolve(fail('invalid_request'));
      download(request);
      return Promise.resolve(ok({ savedAs: request.suggestedName }));
    },

    saveFiles: (request) => {
      const names = request.files.map((f) => f.suggestedName);
      if (names.length === 0 || !names.every(isPlainName) || new Set(names).size !== names.length) return Promise.resolve(fail('invalid_request'));
      // No folder picker on the web: one download per file, into the browser's downloads folder.
      for (const file of request.files) download(file);
      return Promise.resolve(ok({ folder: null, savedAs: names }));
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

    openInBrowser: (url) => {
      if (!isWebUrl(url)) return Promise.resolve(fail('invalid_request'));
      // noopener: the new tab gets no handle back to this one (and window.open then answers null).
      window.open(url, '_blank', 'noopener');
      return Promise.resolve(ok(null));
    },
  };
}
