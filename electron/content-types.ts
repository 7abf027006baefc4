import { extname } from 'node:path';

import { CONTENT_TYPES } from '../shared/security/renderer-files.mjs';

export { CONTENT_TYPES };

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
