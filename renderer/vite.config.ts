import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';

/** The same CSP as the app:// protocol and the browser host server, as a meta tag too. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'inspection-kit-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<!-- csp -->', `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
    // A desktop app loaded from disk: one bundle is fine; splitting buys nothing offline.
    chunkSizeWarningLimit: 1500,
  },
});
