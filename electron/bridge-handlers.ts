import type { AppInfo, BridgeResult } from '../shared/bridge';
import { fail, ok } from '../shared/result';
import { fileErrorCode, writeFileAtomically } from './atomic-write';
import type { BridgeVerb } from './channels';
import { join } from 'node:path';
import { isBytes, LIMITS, parseExternalUrl, parsePrintRequest, parseSaveFileRequest, parseSaveFilesRequest, pdfFileName } from './bridge-requests';

/** The native operations scoped to the window that called, so a page acts only on itself. */
export interface BridgeCaller {
  /** `null` when the user cancels the dialog. */
  chooseSavePath(defaultName: string): Promise<string | null>;
  /** A folder to save several files into; `null` when the user cancels. */
  chooseFolder(): Promise<string | null>;
  printToPDF(): Promise<Uint8Array>;
}

/** OS keychain wrapping (Electron `safeStorage`), behind an interface for tests. */
export interface KeyProtector {
  isAvailable(): Promise<boolean>;
  encrypt(text: string): Promise<Uint8Array>;
  decrypt(wrapped: Uint8Array): Promise<string>;
}

export interface BridgeServices {
  readonly appVersion: string;
  readonly platform: string;
  readonly keys: KeyProtector;
  readonly writeFile?: (target: string, bytes: Uint8Array) => Promise<void>;
  /** Electron `shell.openExternal`: hands the URL to the system browser. */
  readonly openExternal: (url: string) => Promise<void>;
}

export type BridgeHandler = (caller: BridgeCaller, args: readonly unknown[]) => Promise<BridgeResult<unknown>>;
export type BridgeHandlers = Record<BridgeVerb, BridgeHandler>;

const invalid = (detail: string) => fail('invalid_request', detail);

/** Validation and error mapping for every verb; Electron itself stays behind `caller` and `services`. */
export function createBridgeHandlers(services: BridgeServices): BridgeHandlers {
  const writeFile = services.writeFile ?? writeFileAtomically;

  async function saveTo(caller: BridgeCaller, defaultName: string, bytes: () => Promise<Uint8Array>) {
    const target = await caller.chooseSavePath(defaultName);
    if (target === null) return fail('cancelled');
    let content: Uint8Array;
    try {
      content = await bytes();
    } catch {
      return fail('print_failed');
    }
    try {
      await writeFile(target, content);
    } catch (error) {
      const { code, errno } = fileErrorCode(error);
      return fail(code, errno);
    }
    return ok({ savedAs: target });
  }

  return {
    appInfo: (_caller, args) => {
      if (args.length !== 0) return Promise.resolve(invalid('arguments'));
      const info: AppInfo = { host: 'electron', appVersion: services.appVersion, platform: services.platform };
      return Promise.resolve(ok(info));
    },

    saveFile: async (caller, args) => {
      const request = args.length === 1 ? parseSaveFileRequest(args[0]) : null;
      if (request === null) return invalid('save_request');
      return saveTo(caller, request.suggestedName, () => Promise.resolve(request.bytes));
    },

    saveFiles: async (caller, args) => {
      const request = args.length === 1 ? parseSaveFilesRequest(args[0]) : null;
      if (request === null) return invalid('save_files_request');
      const folder = await caller.chooseFolder();
      if (folder === null) return fail('cancelled');
      const savedAs: string[] = [];
      for (const file of request.files) {
        const target = join(folder, file.suggestedName);
        try {
          await writeFile(target, file.bytes);
        } catch (error) {
          // Files already written are whole (atomic writes); the rest are not there at all.
          const { code, errno } = fileErrorCode(error);
          return fail(code, `${errno}:${savedAs.length}`);
        }
        savedAs.push(target);
      }
      return ok({ folder, savedAs });
    },

    printToPDF: async (caller, args) => {
      const request = args.length === 1 ? parsePrintRequest(args[0]) : null;
      if (request === null) return invalid('print_request');
      // Ask where first, so a cancelled dialog costs no rendering.
      return saveTo(caller, pdfFileName(request.title), () => caller.printToPDF());
    },

    protectSecret: async (_caller, args) => {
      const [plain] = args;
      if (args.length !== 1 || !isBytes(plain, LIMITS.secretBytes)) return invalid('secret');
      if (!(await services.keys.isAvailable())) return fail('crypto_unavailable');
      try {
        // safeStorage wraps strings; base64 carries the key bytes through it losslessly.
        return ok(new Uint8Array(await services.keys.encrypt(Buffer.from(plain).toString('base64'))));
      } catch {
        return fail('crypto_unavailable', 'protect_failed');
      }
    },

    revealSecret: async (_caller, args) => {
      const [wrapped] = args;
      if (args.length !== 1 || !isBytes(wrapped, LIMITS.wrappedSecretBytes)) return invalid('wrapped_secret');
      if (!(await services.keys.isAvailable())) return fail('crypto_unavailable');
      let text: string;
      try {
        text = await services.keys.decrypt(wrapped);
      } catch {
        // A foreign or damaged blob, or a changed keychain: the caller falls back to the passphrase.
        return fail('crypto_unavailable', 'reveal_failed');
      }
      const plain = Buffer.from(text, 'base64');
      // Only our own canonical base64 round-trips; anything else was not wrapped by protectSecret.
      if (plain.byteLength === 0 || plain.toString('base64') !== text) return fail('crypto_unavailable', 'reveal_failed');
      return ok(new Uint8Array(plain));
    },

    openInBrowser: async (_caller, args) => {
      const url = args.length === 1 ? parseExternalUrl(args[0]) : null;
      if (url === null) return invalid('url');
      try {
        await services.openExternal(url);
      } catch {
        // No browser registered, or the OS refused: the renderer shows the URL to copy.
        return fail('unsupported', 'open_failed');
      }
      return ok(null);
    },
  };
}
