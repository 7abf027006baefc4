import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface WritableFile {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls an atomic write makes; injectable so a full disk can be simulated. */
export interface AtomicWriteFs {
  open(path: string, flags: 'wx'): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
}

export const nodeAtomicWriteFs: AtomicWriteFs = { open, rename, rm };

/**
 * Write beside the target, flush, then rename: a crash or a full disk leaves
 * either the old file or the whole new one, never a truncated bundle.
 */
export async function writeFileAtomically(target: string, bytes: Uint8Array, fs: AtomicWriteFs = nodeAtomicWriteFs): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomUUID()}.partial`);
  try {
    const file = await fs.open(temp, 'wx');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** Map a Node file-system error to the Bridge's stable codes; the errno is kept as detail. */
export function fileErrorCode(error: unknown): { code: 'disk_full' | 'io_failed'; errno: string } {
  const errno = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'UNKNOWN';
  return { code: errno === 'ENOSPC' || errno === 'EDQUOT' ? 'disk_full' : 'io_failed', errno };
}
