import type { EvidenceMediaType } from '../../shared/domain/evidence';

function ascii(bytes: Uint8Array, from: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[from + i] !== text.charCodeAt(i)) return false;
  return true;
}

/**
 * The media type the bytes really are, or null when they are none we accept.
 * The browser's `File.type` comes from the extension, so a renamed or truncated
 * file would otherwise be stored under a type its bytes do not have.
 */
export function sniffMediaType(bytes: Uint8Array): EvidenceMediaType | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes[0] === 0x89 && ascii(bytes, 1, 'PNG\r\n\x1a\n')) return 'image/png';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return 'image/webp';
  // PDF readers accept the header anywhere in the first 1024 bytes (ISO 32000-1, annex H.3).
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'application/pdf';
  return null;
}
