import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldDatabase } from '../../db';
import { platformRandomBytes } from '../../db/repositories/outbox-entry';
import { bridge } from '../../host';
import { bundleSubtle } from '../app-sync';
import { exportBundles, type ExportScope } from '../export';
import { reasonKey } from '../reason-codes';

export interface ExportMessage {
  readonly kind: 'ok' | 'error';
  readonly text: string;
}

/** Packs `.ikb` files and hands them to the host (save dialog / folder / downloads). */
export function useIkbExport() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ExportMessage | null>(null);

  const run = useCallback(
    async (scope: ExportScope) => {
      setBusy(true);
      setMessage(null);
      try {
        const exported = await exportBundles({ db: fieldDatabase(), subtle: bundleSubtle, randomBytes: platformRandomBytes }, scope);
        if (!exported.ok) return setMessage({ kind: 'error', text: t(reasonKey(exported.error.code)) });
        const { files, failed } = exported.value;
        const first = files[0];
        if (!first) return setMessage({ kind: 'error', text: t(reasonKey(failed[0]?.code ?? 'unknown')) });
        const saved = files.length === 1 ? await bridge.saveFile(first) : await bridge.saveFiles({ files });
        if (!saved.ok) return setMessage({ kind: 'error', text: t(reasonKey(saved.error.code)) });
        const partial = failed.length > 0 ? ` ${t('sync.export.partial', { count: failed.length })}` : '';
        setMessage({ kind: failed.length > 0 ? 'error' : 'ok', text: `${t('sync.export.saved', { count: files.length })}${partial}` });
      } catch {
        setMessage({ kind: 'error', text: t(reasonKey('sync_failed')) });
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  return { run, busy, message };
}
