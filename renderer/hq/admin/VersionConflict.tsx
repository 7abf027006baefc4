import { useTranslation } from 'react-i18next';
import type { HqApiError } from '../api';
import { useHqLabels } from '../insights/labels';

/**
 * 409 `version_conflict`: a version must be exactly one more than the last one
 * published under its id; HQ says which number it expects (`expected`).
 */
export function VersionConflict({ error, id }: { error: HqApiError; id: string }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  const expected = error.body['expected'];
  return (
    <div className="hqi-error" role="alert">
      <p><strong>{t('hq.error.version_conflict')}</strong></p>
      <p>
        {typeof expected === 'number' && Number.isFinite(expected)
          ? t('hqInsights.templates.conflictExpected', { id, version: l.number(expected) })
          : t('hqInsights.templates.conflictHint', { id })}
      </p>
    </div>
  );
}
