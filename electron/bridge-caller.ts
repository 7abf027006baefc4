import type { BrowserWindow, SaveDialogOptions, SaveDialogReturnValue, WebContents } from 'electron';
import { extname } from 'node:path';
import type { BridgeCaller } from './bridge-handlers';

export interface CallerNatives {
  fromWebContents(contents: WebContents): BrowserWindow | null;
  showSaveDialog(window: BrowserWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
}

/** The calling page's own window for dialogs and its own contents for printing. */
export function bridgeCallerFor(sender: WebContents, natives: CallerNatives): BridgeCaller {
  return {
    chooseSavePath: async (defaultName) => {
      const window = natives.fromWebContents(sender);
      if (window === null) return null;
      const extension = extname(defaultName).slice(1);
      const filters = extension === '' ? [] : [{ name: extension.toUpperCase(), extensions: [extension] }];
      const choice = await natives.showSaveDialog(window, { defaultPath: defaultName, filters, properties: ['showOverwriteConfirmation'] });
      return choice.canceled || choice.filePath === '' ? null : choice.filePath;
    },
    printToPDF: () => sender.printToPDF({ pageSize: 'A4', printBackground: true }),
  };
}
