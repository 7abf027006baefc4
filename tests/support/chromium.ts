import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/**
 * Debian's Chromium (CI installs it), or CHROMIUM_PATH; undefined lets
 * Playwright use its own browser on a developer laptop that has one.
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Flags that work as root in a container and keep Chromium off the closed network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}

export interface KillableBrowser {
  readonly browser: Browser;
  readonly context: BrowserContext;
  /** SIGKILL the whole browser process tree: no unload, no clean shutdown. */
  kill(): Promise<void>;
}

export interface KillableOptions {
  /**
   * Puts the profile on a tmpfs of this size, mounted in a private user and
   * mount namespace (`unshare`), so storage runs out for real and the mount
   * vanishes with the browser.
   */
  readonly diskMb?: number;
}

const MOUNT_THEN_EXEC = 'mount -t tmpfs -o size="$1"m tmpfs "$2" && shift 2 && exec "$@"';

/** Whether this machine lets an unprivileged process mount a tmpfs in its own namespace. */
export function canMountSmallDisk(): boolean {
  const probe = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs /mnt'], { timeout: 10_000 });
  return probe.status === 0;
}

/**
 * Starts Chromium ourselves on a persistent profile and attaches over CDP, so
 * the test owns the process and can kill it the way a power cut would.
 */
export async function spawnKillableChromium(profileDir: string, options: KillableOptions = {}): Promise<KillableBrowser> {
  const executable = chromiumPath() ?? chromium.executablePath();
  const args = [...CHROMIUM_FLAGS, '--headless=new', `--user-data-dir=${profileDir}`, '--remote-debugging-port=0', 'about:blank'];
  const [command, commandArgs] =
    options.diskMb === undefined
      ? [executable, args]
      : ['unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', MOUNT_THEN_EXEC, 'sh', String(options.diskMb), profileDir, executable, ...args]];
  const child: ChildProcess = spawn(command, commandArgs, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen.slice(-500)}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited early (${String(code)}): ${seen.slice(-500)}`));
    });
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0] ?? (await browser.newContext());
  return {
    browser,
    context,
    kill: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      await exited;
    },
  };
}
