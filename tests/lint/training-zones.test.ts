import { describe, expect, it } from 'vitest';
import { zoneErrors } from './zone-lint';

/**
 * Issue 7: training is isolated by structure. Lints snippets as if they lived
 * in renderer/training/ or renderer/sync/ (as zones.test.ts does for the top-level zones).
 */
const TRAINING = 'renderer/training/__zone_fixture__.tsx';
const TRAINING_NESTED = 'renderer/training/db/__zone_fixture__.ts';
const SYNC = 'renderer/sync/ui/__zone_fixture__.tsx';

describe('training isolation zones', () => {
  it.each([
    ['training → fieldDatabase', TRAINING, "import { fieldDatabase } from '../db';\nvoid fieldDatabase;\n", /never opens the field database/],
    ['training → fieldDatabase (index)', TRAINING, "import { fieldDatabase } from '../db/index';\nvoid fieldDatabase;\n", /never opens the field database/],
    ['training → fieldDatabase (namespace)', TRAINING, "import * as db from '../db';\nvoid db;\n", /never opens the field database/],
    ['training/db → fieldDatabase', TRAINING_NESTED, "import { FieldDatabase, fieldDatabase } from '../../db';\nvoid FieldDatabase; void fieldDatabase;\n", /never opens the field database/],
    ['training → sync worker', TRAINING, "import { startSyncWorker } from '../sync/app-sync';\nvoid startSyncWorker;\n", /never imports renderer\/sync/],
    ['training → sync UI', TRAINING_NESTED, "import { SyncBadge } from '../../sync/ui/SyncBadge';\nvoid SyncBadge;\n", /never imports renderer\/sync/],
    ['training → seal repository', TRAINING, "import { sealInspection } from '../db/repositories/seal';\nvoid sealInspection;\n", /write the outbox/],
    ['training → outbox repository', TRAINING, "import { retryOutboxEntry } from '../db/repositories/outbox';\nvoid retryOutboxEntry;\n", /write the outbox/],
    ['training → outbox entries', TRAINING_NESTED, "import { newOutboxEntry } from '../../db/repositories/outbox-entry';\nvoid newOutboxEntry;\n", /write the outbox/],
    ['training → enrollment (re-queues the outbox)', TRAINING, "import { readEnrollment } from '../db/repositories/enrollment';\nvoid readEnrollment;\n", /write the outbox/],
    ['training keeps the renderer rules', TRAINING, "import { ipcRenderer } from 'electron';\nvoid ipcRenderer;\n", /never touches Electron/],
    ['sync → training database', SYNC, "import { trainingDatabase } from '../../training/db/training-db';\nvoid trainingDatabase;\n", /only the field database is synced/],
    ['sync → training UI', 'renderer/sync/__zone_fixture__.ts', "import { TrainingHome } from '../training/TrainingHome';\nvoid TrainingHome;\n", /only the field database is synced/],
    ['sync keeps the renderer rules', SYNC, "import { join } from 'node:path';\nvoid join;\n", /Bridge/],
    ['renderer → unchecked encoder', 'renderer/field/__zone_fixture__.ts', "import { encodeBundleUnchecked } from '../../shared/bundle/encode';\nvoid encodeBundleUnchecked;\n", /HQ refusal tests only/],
  ])('refuses %s', async (_name, file, code, reason) => {
    const errors = await zoneErrors(file, code);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((message) => reason.test(message)), errors.join(' | ')).toBe(true);
  });

  it.each([
    ['training: the database class, the workspace context, field repositories, shared training', TRAINING,
      "import { FieldDatabase } from '../db';\nimport { useWorkspaceDb } from '../db/workspace-db';\nimport { createInspection } from '../db/repositories/inspections';\nimport { Scenario } from '../../shared/training/scenario';\nimport { trainingDatabase } from './db/training-db';\nvoid FieldDatabase; void useWorkspaceDb; void createInspection; void Scenario; void trainingDatabase;\n"],
    ['training/db: the database class', TRAINING_NESTED, "import { FieldDatabase } from '../../db';\nvoid FieldDatabase;\n"],
    ['sync: the field database and shared training rules', SYNC, "import { fieldDatabase } from '../../db';\nimport { isTrainingOfficeCode } from '../../../shared/training/training-office';\nvoid fieldDatabase; void isTrainingOfficeCode;\n"],
    ['field screens: sync UI and the checked encoder', 'renderer/field/__zone_fixture__.tsx', "import { SyncBadge } from '../sync/ui/SyncBadge';\nimport { encodeBundle } from '../../shared/bundle/encode';\nvoid SyncBadge; void encodeBundle;\n"],
  ])('allows %s', async (_name, file, code) => {
    expect(await zoneErrors(file, code)).toEqual([]);
  });
});
