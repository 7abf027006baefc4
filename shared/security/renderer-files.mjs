// Pure JavaScript (no imports) so both the Electron `app://` handler (TypeScript,
// bundled) and the plain-Node browser-host server use one copy of these rules.

/**
 * Media types for what Vite emits. Served with `nosniff`, so a wrong type here
 * means a blocked file, never a guessed one.
 */
export const CONTENT_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
});

/**
 * Turn a URL path into path segments under the renderer root, or `null` when it
 * tries to leave it. Each segment is decoded alone, so `..%2f`, `%2e%2e`, `%5c`,
 * drive letters and NUL bytes are caught after decoding, not before.
 */
export function rendererPathSegments(urlPathname) {
  if (!urlPathname.startsWith('/')) return null;
  const raw = urlPathname.slice(1).split('/');
  const segments = [];
  for (const [index, part] of raw.entries()) {
    if (part === '') {
      // Only a trailing slash may leave an empty segment; `//etc` is an absolute-path trick.
      if (index === raw.length - 1) continue;
      return null;
    }
    let decoded;
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
