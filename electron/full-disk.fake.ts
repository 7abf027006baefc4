import { nodeAtomicWriteFs, type AtomicWriteFs } from './atomic-write';

/** Real file system, except writes stop halfway with ENOSPC, as on a full USB stick. */
export const fullDiskFs: AtomicWriteFs = {
  ...nodeAtomicWriteFs,
  open: async (path, flags) => {
    const file = await nodeAtomicWriteFs.open(path, flags);
    return {
      writeFile: async (data) => {
        await file.writeFile(data.subarray(0, data.byteLength >> 1));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
      sync: () => file.sync(),
      close: () => file.close(),
    };
  },
};
