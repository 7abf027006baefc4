// Bundle the HQ service into one ESM file for Node 20 (which cannot run TypeScript).
// npm packages stay external (installed beside it); shared/ code is bundled in.
// The SQL migrations are copied next to the bundle, where hq/migrations-dir.ts looks.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * @param {{ root?: string, outdir?: string }} [options]
 * @returns {Promise<{ entry: string, migrations: string }>} absolute paths of the bundle and its migrations
 */
export async function bundleHq({ root = projectRoot, outdir = join(root, 'dist', 'hq') } = {}) {
  await build({
    absWorkingDir: root,
    entryPoints: { hq: 'hq/cli.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  const migrations = join(outdir, 'migrations');
  // Replace, never merge: a migration deleted from the source must not linger in dist.
  await rm(migrations, { recursive: true, force: true });
  await cp(join(root, 'hq', 'migrations'), migrations, { recursive: true });
  return { entry: join(outdir, 'hq.mjs'), migrations };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { entry } = await bundleHq();
  // `npm run hq` also serves the HQ review workspace, the renderer's build: make it once if it is missing.
  if (process.argv.includes('--with-workspace') && !existsSync(join(projectRoot, 'dist', 'renderer', 'index.html'))) {
    const { build: viteBuild } = await import('vite');
    await viteBuild({ configFile: join(projectRoot, 'renderer', 'vite.config.ts'), logLevel: 'error' });
  }
  // `npm run hq` passes --quiet so a command's own output (a code, keys) stays alone on stdout.
  if (!process.argv.includes('--quiet')) console.log(`Bundled ${entry}`);
}
