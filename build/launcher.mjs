// How `npm start` picks its host: real Electron when its binary exists (or one
// download attempt brings it), otherwise the same renderer in the user's browser.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The Electron executable, or null when it is not installed. Reads what
 * `require('electron')` reads, without its side effect: that call starts a
 * download with inherited output when the binary is missing.
 */
export function findElectronBinary({ electronDir = dirname(require.resolve('electron/package.json')), env = process.env } = {}) {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative) : join(electronDir, 'dist', relative);
  return relative !== '' && existsSync(binary) ? binary : null;
}

/**
 * Run Electron's own installer once, output captured (not shown), killed after
 * `timeoutMs`. Resolves `{ ok, output }`; never rejects.
 */
export function downloadElectron({ installScript = require.resolve('electron/install.js'), timeoutMs = 60_000, spawnProcess = spawn } = {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawnProcess(process.execPath, [installScript], { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const collect = (chunk) => (output = (output + chunk).slice(-4000));
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, output: String(error) });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, output: signal === 'SIGKILL' ? `timed out after ${timeoutMs} ms\n${output}` : output });
    });
  });
}

/**
 * Decide the host. Injected `findElectron` / `download` keep this testable.
 * @returns {Promise<{ host: 'electron', binary: string, downloaded: boolean } | { host: 'browser', reason: string }>}
 */
export async function chooseHost({ findElectron = () => findElectronBinary(), download = () => downloadElectron() } = {}) {
  const present = findElectron();
  if (present !== null) return { host: 'electron', binary: present, downloaded: false };
  const attempt = await download();
  const fetched = findElectron();
  if (fetched !== null) return { host: 'electron', binary: fetched, downloaded: true };
  return { host: 'browser', reason: attempt.ok ? 'installer finished but no binary was found' : attempt.output.trim() || 'download failed' };
}

/** PORT from the environment when it is a valid port number, else the default. */
export function preferredPort(env = process.env, fallback = 5180) {
  const port = Number(env.PORT);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : fallback;
}

/** Listen on `port`; if another program holds it, take any free port instead. */
export async function serveWithPortFallback(serve, options) {
  try {
    return await serve(options);
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    return serve({ ...options, port: 0 });
  }
}

export function browserFallbackMessage(url) {
  return `Electron is not available on this machine; Inspection Kit is running in your browser at ${url} (Ctrl+C to stop)`;
}
