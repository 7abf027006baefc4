import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// The same dependency-free server `npm start` uses in the browser fallback.
import { serveRenderer } from '../../build/serve-renderer.mjs';

export const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export interface RunningApp {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves the built renderer on 127.0.0.1 (a secure context, as WebCrypto needs). */
export async function serveBuiltApp(): Promise<RunningApp> {
  if (!existsSync(`${RENDERER_DIR}/index.html`)) {
    throw new Error('dist/renderer is missing: run `npm run build:renderer` first (npm test does).');
  }
  return serveRenderer({ root: RENDERER_DIR, port: 0 });
}
