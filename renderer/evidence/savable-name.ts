/**
 * A name the host's save dialog accepts: it refuses path separators, Windows-reserved
 * and control characters (electron/bridge-requests.ts), which Linux file names may hold.
 */
export function savableName(name: string): string {
  const cleaned = name.replace(/[/\\:*?"<>|\p{Cc}]/gu, '_').trim().slice(0, 200).trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'tep-dinh-kem' : cleaned;
}
