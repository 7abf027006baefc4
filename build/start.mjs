// `npm start` (after `npm run build`): Electron when available, else the browser host.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { browserFallbackMessage, chooseHost, preferredPort, serveWithPortFallback } from './launcher.mjs';
import { serveRenderer } from './serve-renderer.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const rendererRoot = fileURLToPath(new URL('../dist/renderer', import.meta.url));

function runElectron(binary) {
  // ELECTRON_RUN_AS_NODE in the caller's shell would turn the app into a bare Node.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, ['.'], { cwd: projectRoot, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`Could not start Electron: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 1 : 0)));
}

async function runInBrowser() {
  if (!existsSync(`${rendererRoot}/index.html`)) {
    console.error('dist/renderer is missing: run `npm run build` first.');
    process.exit(1);
  }
  const server = await serveWithPortFallback(serveRenderer, { root: rendererRoot, port: preferredPort() });
  console.log(browserFallbackMessage(server.url));
  const stop = () => server.close().then(() => process.exit(0), () => process.exit(1));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const choice = await chooseHost();
if (choice.host === 'electron') runElectron(choice.binary);
else await runInBrowser();
