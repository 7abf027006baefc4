import { useTranslation } from 'react-i18next';
import { useSaveStatus } from '../app/save-status-store';

/** Per-item autosave state: nothing until touched, then saving → saved (or failed). */
export function SaveIndicator({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const state = useSaveStatus((s) => s.items[itemId]);
  if (!state) return null;
  return (
    <span className={`save-indicator save-${state.kind}`} data-testid={`save-${itemId}`}>
      {state.kind === 'saving' && t('save.saving')}
      {state.kind === 'saved' && t('save.saved')}
      {state.kind === 'failed' && t('save.failed')}
    </span>
  );
}
