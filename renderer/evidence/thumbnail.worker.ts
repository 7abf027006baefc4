import { makeThumbnailInScope } from './thumbnail-core';
import type { ThumbnailRequest, ThumbnailResponse } from './thumbnail-protocol';

/** The slice of DedicatedWorkerGlobalScope used here (the renderer compiles with DOM, not WebWorker, types). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ThumbnailRequest>) => void): void;
  postMessage(message: ThumbnailResponse): void;
}

const scope = self as unknown as WorkerScope;

// Decoding a 48-megapixel photo takes hundreds of milliseconds: here, not on the UI thread.
scope.addEventListener('message', (event) => {
  const { id, blob } = event.data;
  void makeThumbnailInScope(blob)
    .catch(() => null)
    .then((thumbnail) => scope.postMessage({ id, thumbnail }));
});
