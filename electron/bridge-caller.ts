import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue, WebContents } from 'electron';
import { extname } from 'node:path';
import type { BridgeCaller } from './bridge-handlers';

/** `W` is Electron's BrowserWindow; left generic so this module needs no Electron runtime. */
export interface CallerNatives<W> {
  windowOf(contents: WebContents): W | null;
  showSaveDialog(window: W, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showOpenDialog(window: W, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

/** The calling page's own window for dialogs and its own contents for printing. */
export function bridgeCallerFor<W>(sender: WebContents, natives: CallerNatives<W>): BridgeCaller {
  return {
    chooseSavePath: async (defaultName) => {
      const window = natives.windowOf(sender);
      if (window === null) return null;
      const extension = extname(defaultName).slice(1);
      const filters = extension === '' ? [] : [{ name: extension.toUpperCase(), extensions: [extension] }];
      const choice = await natives.showSaveDialog(window, { defaultPath: defaultName, filters, properties: ['showOverwriteConfirmation'] });
      return choice.canceled || choice.filePath === '' ? null : choice.filePath;
    },
    chooseFolder: async () => {
      const window = natives.windowOf(sender);
      if (window === null) return null;
      const choice = await natives.showOpenDialog(window, { properties: ['openDirectory', 'createDirectory'] });
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
    printToPDF: () => sender.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
  };
}
