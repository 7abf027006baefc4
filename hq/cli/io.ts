/** Where a CLI command writes; injected so tests can run commands in-process. */
export interface CliIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean; readonly columns?: number };
  /** For prompts (create-user asks for a password on a terminal); absent in tests that never prompt. */
  readonly stdin?: CliStdin;
}

export type CliStdin = NodeJS.ReadableStream & { readonly isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };

/** sysexits.h: the conventional exit codes for a command line tool. */
export const EXIT = { ok: 0, rejected: 2, usage: 64, software: 70, config: 78 } as const;

export const line = (stream: NodeJS.WritableStream, text = ''): void => {
  stream.write(`${text}\n`);
};

export class UsageError extends Error {
  override readonly name = 'UsageError';
}
