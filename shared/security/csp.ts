import policy from './csp.json';

/** The renderer's Content-Security-Policy header value, from `csp.json`. */
export const CONTENT_SECURITY_POLICY: string = Object.entries(policy.directives)
  .map(([directive, values]) => `${directive} ${values.join(' ')}`)
  .join('; ');
