import type { PrintRequest, SaveFileRequest, SaveFilesRequest } from '../shared/bridge';

/**
 * Checks for every argument that crosses from the renderer. A compromised page
 * can send anything, so each check is strict about type and size.
 */
export const LIMITS = {
  fileNameChars: 200,
  mediaTypeChars: 127,
  /** A bundle with its evidence photos; large enough for a day's work, bounded for memory. */
  saveFileBytes: 512 * 1024 * 1024,
  /** "Export all unsynced": a few weeks offline, with room to spare. */
  saveFilesCount: 500,
  saveFilesTotalBytes: 1024 * 1024 * 1024,
  titleChars: 200,
  /** Secrets are data keys (32 bytes); a few KiB leaves room without inviting abuse. */
  secretBytes: 4096,
  wrappedSecretBytes: 16_384,
  urlChars: 2048,
} as const;

// Path separators, Windows-reserved characters and control characters.
const UNSAFE_FILE_NAME_CHAR = /[/\\:*?"<>|\p{Cc}]/u;
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isBytes(value: unknown, maxBytes: number): value is Uint8Array {
  return value instanceof Uint8Array && value.byteLength > 0 && value.byteLength <= maxBytes;
}

/** A plain file name: no directories, drive letters, control characters or dot names. */
export function isSafeFileName(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > LIMITS.fileNameChars) return false;
  if (value === '.' || value === '..' || value.trim() !== value) return false;
  return !UNSAFE_FILE_NAME_CHAR.test(value);
}

export function parseSaveFileRequest(value: unknown): SaveFileRequest | null {
  if (!isRecord(value)) return null;
  const { suggestedName, mediaType, bytes } = value;
  if (!isSafeFileName(suggestedName)) return null;
  if (typeof mediaType !== 'string' || mediaType.length > LIMITS.mediaTypeChars || !MEDIA_TYPE.test(mediaType)) return null;
  if (!isBytes(bytes, LIMITS.saveFileBytes)) return null;
  return { suggestedName, mediaType, bytes };
}

export function parseSaveFilesRequest(value: unknown): SaveFilesRequest | null {
  if (!isRecord(value) || !Array.isArray(value['files'])) return null;
  const raw: unknown[] = value['files'];
  if (raw.length === 0 || raw.length > LIMITS.saveFilesCount) return null;
  const files = raw.map(parseSaveFileRequest);
  if (files.some((f) => f === null)) return null;
  const valid = files as SaveFileRequest[];
  // Names are compared case-insensitively: Windows and macOS folders would merge them.
  if (new Set(valid.map((f) => f.suggestedName.toLowerCase())).size !== valid.length) return null;
  if (valid.reduce((sum, f) => sum + f.bytes.byteLength, 0) > LIMITS.saveFilesTotalBytes) return null;
  return { files: valid };
}

export function parsePrintRequest(value: unknown): PrintRequest | null {
  if (!isRecord(value)) return null;
  const { title } = value;
  if (typeof title !== 'string' || title.trim().length === 0 || title.length > LIMITS.titleChars) return null;
  return { title };
}

/** The default PDF name from a page title, with anything a file system dislikes replaced. */
export function pdfFileName(title: string): string {
  const stem = title.trim().replace(new RegExp(UNSAFE_FILE_NAME_CHAR, 'gu'), '-').replace(/^\.+/, '');
  return `${stem === '' ? 'inspection' : stem}.pdf`;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * A URL the system browser may open: http(s) only (no file:, javascript: or custom
 * schemes that start other programs), https unless on this machine, and no
 * user:password part. Answers the normalised URL, or null.
 */
export function parseExternalUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > LIMITS.urlChars) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '') return null;
  if (url.protocol === 'https:') return url.href;
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) ? url.href : null;
}
