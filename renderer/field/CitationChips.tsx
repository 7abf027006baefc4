import { useTranslation } from 'react-i18next';
import { citationFor } from '../../shared/catalogue/citations';
import type { Locale } from '../../shared/domain/localized';

/** "Which rule says so?": every item shows its citation keys, with the title on hover. */
export function CitationChips({ keys }: { keys: readonly string[] }) {
  const { t, i18n } = useTranslation();
  return (
    <span className="citations" aria-label={t('runner.sources')}>
      {keys.map((key) => (
        <span key={key} className="tag citation" title={citationFor(key)?.title[i18n.language as Locale] ?? key}>
          {key}
        </span>
      ))}
    </span>
  );
}
