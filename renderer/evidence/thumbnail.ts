import { fail, ok, type Result } from '../../shared/result';
import type { ThumbnailRequest, ThumbnailResponse } from './thumbnail-protocol';

export type ThumbnailErrorCode = 'undecodable' | 'worker_unavailable';

type Pending = (result: Result<Blob, ThumbnailErrorCode>) => void;

/** A worker killed mid-decode (out of memory) sends nothing; a 48 MP photo decodes in ~2 s on a slow laptop. */
const TIMEOUT_MS = 30_000;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

/** Answer every waiting request and drop the worker, so the next request starts a fresh one. */
function failAll(): void {
  worker?.terminate();
  worker = null;
  for (const resolve of pending.values()) resolve(fail('worker_unavailable'));
  pending.clear();
}

/** One worker for the whole app: starting one per photo would cost more than the decode. */
function sharedWorker(): Worker | null {
  if (worker !== null) return worker;
  if (typeof Worker === 'undefined') return null;
  try {
    // Vite sees this exact form and emits the worker as its own file (allowed by worker-src 'self').
    const created = new Worker(new URL('./thumbnail.worker.ts', import.meta.url), { type: 'module' });
    created.addEventListener('message', (event: MessageEvent<ThumbnailResponse>) => {
      const resolve = pending.get(event.data.id);
      pending.delete(event.data.id);
      resolve?.(event.data.thumbnail === null ? fail('undecodable') : ok(event.data.thumbnail));
    });
    // A script that fails to load or crashes (out of memory on a huge image) must not leave callers waiting.
    created.addEventListener('error', failAll);
    created.addEventListener('messageerror', failAll);
    worker = created;
    return created;
  } catch {
    return null;
  }
}

/** A small JPEG of the image, decoded off the UI thread. */
export function requestThumbnail(blob: Blob): Promise<Result<Blob, ThumbnailErrorCode>> {
  const target = sharedWorker();
  if (target === null) return Promise.resolve(fail('worker_unavailable'));
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(failAll, TIMEOUT_MS);
    pending.set(id, (result) => {
      clearTimeout(timer);
      resolve(result);
    });
    const request: ThumbnailRequest = { id, blob };
    target.postMessage(request);
  });
}

/** The shape prepareEvidence takes: a thumbnail, or null when there is none to be had. */
export async function makeThumbnail(blob: Blob): Promise<Blob | null> {
  const result = await requestThumbnail(blob);
  return result.ok ? result.value : null;
}
