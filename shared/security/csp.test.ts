import { describe, expect, it } from 'vitest';
import policy from './csp.json';
import { CONTENT_SECURITY_POLICY } from './csp';

describe('renderer CSP', () => {
  it('lets the page reach an HQ over https or on this machine, and nothing in clear elsewhere', () => {
    expect(policy.directives['connect-src']).toEqual(["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*']);
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self' https: http://localhost:* http://127.0.0.1:*;");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/connect-src[^;]*(\bhttp:(?!\/\/)|\*(?!;| )|\bws:)/);
  });

  it('still allows no script from anywhere but the app', () => {
    expect(policy.directives['script-src']).toEqual(["'self'"]);
    expect(policy.directives['default-src']).toEqual(["'none'"]);
  });
});
