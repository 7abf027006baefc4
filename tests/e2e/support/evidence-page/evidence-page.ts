// Built with the renderer's own Vite config, so the thumbnail worker is emitted
// and loaded exactly as in the app, under the app's CSP.
import { prepareEvidence } from '../../../../renderer/evidence/prepare-evidence';
import { requestThumbnail } from '../../../../renderer/evidence/thumbnail';

const NONE = { findingFiles: 0, inspectionBytes: 0 };

async function jpeg(width: number, height: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2d context');
  context.fillStyle = '#0b5cab';
  context.fillRect(0, 0, width, height);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
}

const harness = {
  /** Through the shared worker: the thumbnail's decoded size, or the error code. */
  async workerThumbnail(width: number, height: number): Promise<string> {
    const result = await requestThumbnail(await jpeg(width, height));
    if (!result.ok) return result.error.code;
    const decoded = await createImageBitmap(result.value);
    const size = `${result.value.type} ${String(decoded.width)}x${String(decoded.height)}`;
    decoded.close();
    return size;
  },
  /** prepareEvidence with its default thumbnailer (the worker): a photo, then a corrupt one. */
  async prepareDefault(): Promise<string[]> {
    const good = await prepareEvidence(new File([await jpeg(800, 600)], 'tot.jpg', { type: 'image/jpeg' }), NONE);
    const noise = crypto.getRandomValues(new Uint8Array(8192));
    noise.set([0xff, 0xd8, 0xff, 0xe0]);
    const bad = await prepareEvidence(new File([noise], 'hong.jpg', { type: 'image/jpeg' }), NONE);
    return [good, bad].map((r) => (r.ok ? `ok ${r.value.thumbnail?.type ?? 'none'}` : `${r.error.code}:${r.error.detail ?? ''}`));
  },
};

(window as unknown as { evidenceHarness: typeof harness }).evidenceHarness = harness;
document.title = 'evidence-ready';
