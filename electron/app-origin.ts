/**
 * The renderer's one origin. A custom standard scheme instead of `file://` gives
 * the page a real origin (IndexedDB, WebCrypto) without file-system reach.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'inspection-kit';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs on our own origin; anything unparsable is foreign. */
export function isAppUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
