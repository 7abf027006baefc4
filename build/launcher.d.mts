import type { ChildProcess, spawn } from 'node:child_process';
import type { RendererServer, ServeRendererOptions } from './serve-renderer.mjs';

export interface DownloadAttempt {
  readonly ok: boolean;
  readonly output: string;
}

export type HostChoice = { readonly host: 'electron'; readonly binary: string; readonly downloaded: boolean } | { readonly host: 'browser'; readonly reason: string };

export declare function findElectronBinary(options?: { electronDir?: string; env?: NodeJS.ProcessEnv }): string | null;
export declare function downloadElectron(options?: {
  installScript?: string;
  timeoutMs?: number;
  spawnProcess?: (command: string, args: string[], options: Parameters<typeof spawn>[2]) => ChildProcess;
}): Promise<DownloadAttempt>;
export declare function chooseHost(options?: { findElectron?: () => string | null; download?: () => Promise<DownloadAttempt> }): Promise<HostChoice>;
export declare function preferredPort(env?: NodeJS.ProcessEnv, fallback?: number): number;
export declare function serveWithPortFallback(serve: (options: ServeRendererOptions) => Promise<RendererServer>, options: ServeRendererOptions): Promise<RendererServer>;
export declare function browserFallbackMessage(url: string): string;
