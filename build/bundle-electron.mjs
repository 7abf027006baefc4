// Bundle the main process and the preload to CommonJS for Electron. The sandboxed
// preload can `require` only `electron`, so it must be one self-contained file.
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

const ENTRIES = {
  main: 'electron/main.ts',
  preload: 'electron/preload.ts',
};

/** Everything a bundle still imports at run time (after bundling), by entry. */
function runtimeImports(metafile) {
  return Object.values(metafile.outputs).flatMap((output) => output.imports.filter((entry) => entry.external).map((entry) => entry.path));
}

/**
 * @param {{ root?: string, outdir?: string }} [options]
 * @returns {Promise<{ main: string, preload: string }>} absolute paths of the bundles
 */
export async function bundleElectron({ root = projectRoot, outdir = join(root, 'dist', 'electron') } = {}) {
  const shared = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    outExtension: { '.js': '.cjs' },
    sourcemap: 'linked',
    logLevel: 'warning',
    metafile: true,
  };
  await build({ ...shared, entryPoints: { main: ENTRIES.main }, outdir });
  const preload = await build({ ...shared, entryPoints: { preload: ENTRIES.preload }, outdir });
  const stray = runtimeImports(preload.metafile).filter((path) => path !== 'electron');
  if (stray.length > 0) {
    // In a sandboxed preload these would throw at load and the Bridge would be missing.
    throw new Error(`preload must import only "electron" at run time, found: ${stray.join(', ')}`);
  }
  return { main: join(outdir, 'main.cjs'), preload: join(outdir, 'preload.cjs') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { main, preload } = await bundleElectron();
  console.log(`Bundled ${main} and ${preload}`);
}
