// Bundled by evidence.e2e.ts and evaluated inside Chromium: the thumbnail code and
// prepareEvidence on real decoders and real WebCrypto, without the worker (which needs a URL).
import { makeThumbnailInScope } from '../../../renderer/evidence/thumbnail-core';
import { prepareEvidence } from '../../../renderer/evidence/prepare-evidence';

const NONE = { findingFiles: 0, inspectionBytes: 0 };
const deps = { makeThumbnail: makeThumbnailInScope };

/** A photo-like JPEG: gradients and shapes, so the encoder has real work to do. */
export async function generatedJpeg(width: number, height: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2d context');
  const gradient = context.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, '#0b5cab');
  gradient.addColorStop(1, '#ffb000');
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#b3261e';
  context.fillRect(width / 4, height / 4, width / 2, height / 2);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
}

export async function bigThumbnail(width: number, height: number): Promise<{ sourceBytes: number; type: string; width: number; height: number }> {
  const source = await generatedJpeg(width, height);
  const thumbnail = await makeThumbnailInScope(source);
  if (thumbnail === null) throw new Error('no thumbnail');
  const decoded = await createImageBitmap(thumbnail);
  const result = { sourceBytes: source.size, type: thumbnail.type, width: decoded.width, height: decoded.height };
  decoded.close();
  return result;
}

/** A JPEG header followed by noise: what a truncated copy or a damaged card gives. */
export async function corruptJpegCode(): Promise<string> {
  const bytes = crypto.getRandomValues(new Uint8Array(64 * 1024));
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  const result = await prepareEvidence(new File([bytes], 'anh-hong.jpg', { type: 'image/jpeg' }), NONE, deps);
  return result.ok ? 'ok' : `${result.error.code}:${result.error.detail ?? ''}`;
}

export async function randomBytesAsJpegCode(): Promise<string> {
  const bytes = crypto.getRandomValues(new Uint8Array(4096));
  bytes[0] = 0; // never a valid signature by chance
  const result = await prepareEvidence(new File([bytes], 'ngau-nhien.jpg', { type: 'image/jpeg' }), NONE, deps);
  return result.ok ? 'ok' : `${result.error.code}:${result.error.detail ?? ''}`;
}

/** Prepares the given bytes and returns what the page computed, to compare with Node. */
export async function prepareBytes(bytes: number[], name: string, type: string): Promise<{ code: string; sha256: string; size: number; kind: string }> {
  const result = await prepareEvidence(new File([new Uint8Array(bytes)], name, { type }), NONE, deps);
  if (!result.ok) return { code: result.error.code, sha256: '', size: 0, kind: '' };
  return { code: 'ok', sha256: result.value.sha256, size: result.value.size, kind: result.value.kind };
}

/** A camera-sized JPEG prepared in the page; its bytes come back so Node can hash them itself. */
export async function preparedPhoto(): Promise<{ sha256: string; bytes: number[]; thumbnailType: string }> {
  const source = await generatedJpeg(1600, 1200);
  const result = await prepareEvidence(new File([source], 'anh.jpg', { type: 'image/jpeg' }), NONE, deps);
  if (!result.ok) throw new Error(result.error.code);
  return { sha256: result.value.sha256, bytes: [...new Uint8Array(await result.value.blob.arrayBuffer())], thumbnailType: result.value.thumbnail?.type ?? '' };
}
