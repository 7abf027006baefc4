import { describe, expect, it } from 'vitest';
import { zoneErrors } from './zone-lint';

describe('lint zones', () => {
  it.each([
    ['shared/', 'shared/__zone_fixture__.ts', "import { readFileSync } from 'node:fs';\nvoid readFileSync;\n", /pure: no Node/],
    ['shared/', 'shared/__zone_fixture__.ts', "import Dexie from 'dexie';\nvoid Dexie;\n", /no UI or storage/],
    ['shared/', 'shared/__zone_fixture__.ts', "import { fieldDatabase } from '../renderer/db';\nvoid fieldDatabase;\n", /other zones/],
    ['renderer/', 'renderer/__zone_fixture__.tsx', "import { ipcRenderer } from 'electron';\nvoid ipcRenderer;\n", /never touches Electron/],
    ['renderer/', 'renderer/__zone_fixture__.tsx', "import { join } from 'node:path';\nvoid join;\n", /Bridge/],
    ['renderer/', 'renderer/__zone_fixture__.tsx', "import { x } from '../electron/window';\nvoid x;\n", /only shared/],
    ['electron/', 'electron/__zone_fixture__.ts', "import React from 'react';\nvoid React;\n", /no UI or IndexedDB/],
    ['electron/', 'electron/__zone_fixture__.ts', "import { App } from '../renderer/app/App';\nvoid App;\n", /only shared/],
    ['hq/', 'hq/__zone_fixture__.ts', "import { app } from 'electron';\nvoid app;\n", /server/],
  ])('%s refuses a wrong-zone import (%#)', async (_zone, file, code, reason) => {
    const errors = await zoneErrors(file, code);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((message) => reason.test(message)), errors.join(' | ')).toBe(true);
  });

  it.each([
    ['renderer/', 'renderer/__zone_fixture__.tsx', "import { transition } from '../shared/lifecycle/inspection-lifecycle';\nvoid transition;\n"],
    ['electron/', 'electron/__zone_fixture__.ts', "import { join } from 'node:path';\nimport { BRIDGE_GLOBAL } from '../shared/bridge';\nvoid join; void BRIDGE_GLOBAL;\n"],
    ['shared/', 'shared/__zone_fixture__.ts', "import { z } from 'zod';\nvoid z;\n"],
  ])('%s allows what belongs there', async (_zone, file, code) => {
    expect(await zoneErrors(file, code)).toEqual([]);
  });
});
