import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { PlatformPackager, type Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const configPath = 'build/electron-builder.config.cjs';
// A copy as written: electron-builder's loader normalises (mutates) the cached module object.
const config = structuredClone(createRequire(import.meta.url)('./electron-builder.config.cjs')) as Configuration;

const EXPECTED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
} as const;

describe('electron-builder config', () => {
  let loaded: Configuration;
  beforeAll(async () => {
    // electron-builder's own loader: merges package.json, resolves the file as the CLI would.
    loaded = await getConfig(projectDir, configPath, null);
  });

  it("passes electron-builder's own schema validation (offline, no download)", async () => {
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would reject a misspelt fuse, so the validation above is not vacuous', async () => {
    const misspelt = { ...loaded, electronFuses: { ...loaded.electronFuses, runAsNod: false } } as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/configuration object that does not match/);
  });

  it('names the app and ships only the bundled output, in asar, without publishing', () => {
    expect(loaded.appId).toBe('vn.gov.baohiemxahoi.inspectionkit');
    expect(loaded.productName).toBe('Inspection Kit');
    expect(loaded.directories?.output).toBe('out');
    expect(config.files).toEqual(['dist/**']);
    expect(loaded.files).toEqual([{ filter: ['dist/**'] }]);
    expect(loaded.asar).toBe(true);
    expect(loaded.publish).toBeNull();
  });

  it('builds AppImage and deb for Linux (Office, with a maintainer) and a per-user assisted NSIS installer', () => {
    expect(loaded.linux?.target).toEqual(['AppImage', 'deb']);
    expect(loaded.linux?.category).toBe('Office');
    expect(loaded.linux?.maintainer).toMatch(/<.+@.+>/);
    expect(loaded.win?.target).toEqual(['nsis']);
    expect(loaded.nsis?.oneClick).toBe(false);
    expect(loaded.nsis?.perMachine).toBe(false);
    expect(loaded.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('sets every security fuse', () => {
    expect(config.electronFuses).toEqual(EXPECTED_FUSES);
  });

  it('decides every fuse this @electron/fuses knows, so an upgrade that adds one fails here until it is decided', () => {
    // WasmTrapHandlers: on by default (V8's guard for WebAssembly out-of-bounds access); electron-builder has no key for it.
    const LEFT_AT_ELECTRON_DEFAULT = ['WasmTrapHandlers'];
    const known = Object.keys(FuseV1Options).filter((name) => Number.isNaN(Number(name)));
    const decided = Object.keys(EXPECTED_FUSES).map((key) => key.charAt(0).toUpperCase() + key.slice(1));
    expect([...decided, ...LEFT_AT_ELECTRON_DEFAULT].sort()).toEqual(known.sort());
  });

  it('turns into exactly these fuse wires when electron-builder flips them', async () => {
    // The private mapper electron-builder runs before signing; it drops keys it does not know.
    const generate = PlatformPackager.prototype['generateFuseConfig'] as (fuses: unknown) => Promise<Record<string | number, unknown>>;
    const wires = await generate.call(null, config.electronFuses);
    expect(wires).toEqual({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: undefined,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });
});
