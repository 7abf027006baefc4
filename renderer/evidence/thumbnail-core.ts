/** Longest side of a thumbnail in CSS pixels: sharp in a 160 px tile on a 2× screen. */
export const THUMBNAIL_MAX_SIDE = 320;

/** The scaled size that keeps the aspect ratio; images already small keep their size. */
export function thumbnailSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, THUMBNAIL_MAX_SIDE / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Decode an image and draw it small as a JPEG, or null when it cannot be decoded.
 * Runs in the thumbnail worker; plain exported so a test can run it in a page.
 * `createImageBitmap` applies EXIF orientation, so portrait photos stay upright.
 */
export async function makeThumbnailInScope(blob: Blob): Promise<Blob | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    return null;
  }
  try {
    const size = thumbnailSize(bitmap.width, bitmap.height);
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    if (context === null) return null;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    return await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.75 });
  } finally {
    // A 48-megapixel bitmap holds ~190 MB until released; do not wait for GC.
    bitmap.close();
  }
}
