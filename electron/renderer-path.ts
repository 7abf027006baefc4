/**
 * Turn a URL path into path segments under the renderer root, or `null` when it
 * tries to leave it. Each segment is decoded alone, so `..%2f`, `%2e%2e`, `%5c`,
 * drive letters and NUL bytes are caught after decoding, not before.
 */
export function rendererPathSegments(urlPathname: string): string[] | null {
  if (!urlPathname.startsWith('/')) return null;
  const raw = urlPathname.slice(1).split('/');
  const segments: string[] = [];
  for (const [index, part] of raw.entries()) {
    if (part === '') {
      // Only a trailing slash may leave an empty segment; `//etc` is an absolute-path trick.
      if (index === raw.length - 1) continue;
      return null;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (decoded === '.' || decoded === '..' || /[/\\:]/.test(decoded) || decoded.includes('\u0000')) return null;
    segments.push(decoded);
  }
  return segments;
}
