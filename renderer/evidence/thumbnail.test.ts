import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ThumbnailRequest, ThumbnailResponse } from './thumbnail-protocol';

/** Stands in for the browser Worker: records requests, lets the test answer or fail them. */
class FakeWorker extends EventTarget {
  static created: FakeWorker[] = [];
  readonly requests: ThumbnailRequest[] = [];
  terminated = false;
  constructor(readonly url: URL) {
    super();
    FakeWorker.created.push(this);
  }
  postMessage(request: ThumbnailRequest): void {
    this.requests.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(response: ThumbnailResponse): void {
    this.dispatchEvent(new MessageEvent('message', { data: response }));
  }
}

/** A fresh module each time: the client keeps one shared worker per page. */
async function freshClient() {
  vi.resetModules();
  return import('./thumbnail');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  FakeWorker.created = [];
});

describe('thumbnail client', () => {
  it('shares one worker and matches answers to requests by id, in any order', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { requestThumbnail } = await freshClient();
    const first = requestThumbnail(new Blob(['a']));
    const second = requestThumbnail(new Blob(['b']));
    const [worker] = FakeWorker.created;
    if (!worker) throw new Error('no worker');
    expect(FakeWorker.created).toHaveLength(1);
    expect(worker.url.pathname).toMatch(/thumbnail\.worker\.ts$/);
    const small = new Blob(['thumb'], { type: 'image/jpeg' });
    worker.reply({ id: worker.requests[1]?.id ?? -1, thumbnail: null });
    worker.reply({ id: worker.requests[0]?.id ?? -1, thumbnail: small });
    expect(await first).toEqual({ ok: true, value: small });
    expect(await second).toEqual({ ok: false, error: { code: 'undecodable' } });
  });

  it('answers worker_unavailable when there is no Worker, and when the worker fails', async () => {
    const { requestThumbnail: withoutWorker, makeThumbnail } = await freshClient();
    expect(await withoutWorker(new Blob(['a']))).toEqual({ ok: false, error: { code: 'worker_unavailable' } });
    expect(await makeThumbnail(new Blob(['a']))).toBeNull();

    vi.stubGlobal('Worker', FakeWorker);
    const { requestThumbnail } = await freshClient();
    const waiting = requestThumbnail(new Blob(['a']));
    FakeWorker.created[0]?.dispatchEvent(new Event('error'));
    expect(await waiting).toEqual({ ok: false, error: { code: 'worker_unavailable' } });
    expect(FakeWorker.created[0]?.terminated).toBe(true);
    // The next request starts a new worker rather than waiting on the dead one.
    void requestThumbnail(new Blob(['b']));
    expect(FakeWorker.created).toHaveLength(2);
  });

  it('gives up on a worker that never answers', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
    const { requestThumbnail } = await freshClient();
    const waiting = requestThumbnail(new Blob(['a']));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(await waiting).toEqual({ ok: false, error: { code: 'worker_unavailable' } });
    expect(FakeWorker.created[0]?.terminated).toBe(true);
  });
});
