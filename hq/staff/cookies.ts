import { SESSION_SECONDS } from './sessions';

export const SESSION_COOKIE = 'ik_hq_session';
/** The cookie goes only to the staff API, never to device routes or the workspace's static files. */
const COOKIE_PATH = '/v1/hq';

/** The value of one cookie in a Cookie header (RFC 6265 §5.4 pairs); no dependency needed for that. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  return undefined;
}

/** HttpOnly: scripts cannot read it. SameSite=Strict: another site's page cannot make the browser send it. */
export function sessionCookie(token: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=${COOKIE_PATH}; Max-Age=${SESSION_SECONDS}${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=${COOKIE_PATH}; Max-Age=0${secure ? '; Secure' : ''}`;
}
