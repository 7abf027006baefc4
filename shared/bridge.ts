import type { Result } from './result';

/**
 * The one interface between the renderer and its host. The Electron preload
 * implements it with `contextBridge` (`satisfies Bridge`); the browser host
 * implements it with web APIs. Verbs, never transport; results, never throws.
 */
export type BridgeErrorCode =
  | 'cancelled'
  | 'unsupported'
  | 'invalid_request'
  | 'io_failed'
  | 'disk_full'
  | 'print_failed'
  | 'crypto_unavailable';

export type BridgeResult<T> = Result<T, BridgeErrorCode>;

export type HostKind = 'electron' | 'browser';

export interface AppInfo {
  readonly host: HostKind;
  readonly appVersion: string;
  /** Operating system as the host sees it, e.g. `linux`, `win32`, or the browser's platform. */
  readonly platform: string;
}

export interface SaveFileRequest {
  /** File name offered to the user, e.g. `kiem-tra-2026-11-23.ikb`. */
  readonly suggestedName: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

export interface SaveFilesRequest {
  /** Several files for one folder, e.g. every unsynced `.ikb`; names must be distinct. */
  readonly files: readonly SaveFileRequest[];
}

export interface PrintRequest {
  /** Used as the default PDF file name. */
  readonly title: string;
}

export interface Bridge {
  appInfo(): Promise<BridgeResult<AppInfo>>;
  /** Ask the user where to save and write the bytes there; `cancelled` when they decline. */
  saveFile(request: SaveFileRequest): Promise<BridgeResult<{ readonly savedAs: string }>>;
  /**
   * Ask once for a folder and write every file into it (each atomically);
   * the browser host downloads them one by one (`folder` null).
   */
  saveFiles(request: SaveFilesRequest): Promise<BridgeResult<{ readonly folder: string | null; readonly savedAs: readonly string[] }>>;
  /** Print the current page: a PDF file in Electron, the print dialog in a browser. */
  printToPDF(request: PrintRequest): Promise<BridgeResult<{ readonly savedAs: string | null }>>;
  /**
   * Wrap a small secret (a data key) with the OS keychain (Electron `safeStorage`).
   * The browser host answers `unsupported`; callers fall back to a passphrase.
   */
  protectSecret(plain: Uint8Array): Promise<BridgeResult<Uint8Array>>;
  revealSecret(wrapped: Uint8Array): Promise<BridgeResult<Uint8Array>>;
  /**
   * Open a web page (the HQ review workspace) in the system browser, never in the
   * app's window. Only http(s) with an https origin, or http on localhost/127.0.0.1.
   */
  openInBrowser(url: string): Promise<BridgeResult<null>>;
}

/** Name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'inspectionKit' as const;
