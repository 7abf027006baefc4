import { fileURLToPath } from 'node:url';

/**
 * Where the SQL migrations are. This file sits at the root of `hq/`, and the
 * build copies them next to `dist/hq/hq.mjs`, so in both cases they are in
 * `./migrations` relative to this module's URL (esbuild keeps one URL per bundle).
 */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
