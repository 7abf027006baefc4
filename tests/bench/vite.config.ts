import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/** The benchmark page: the app's real repositories, timed inside Chromium. */
export default defineConfig({
  root: fileURLToPath(new URL('./page', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/bench', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
  },
});
