import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../shared/training/scenario';
import type { Locale } from '../../shared/domain/localized';

/** What the trainee sees and hears at the office; stays at hand (collapsible) while they work. */
export function SituationPanel({ scenario }: { scenario: Scenario }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const paragraphs = scenario.situation[locale].split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <details className="situation" open>
      <summary>{t('training.run.situation')}</summary>
      {paragraphs.map((paragraph, index) => <p key={index}>{paragraph}</p>)}
      {scenario.officials.length > 0 && (
        <>
          <p><strong>{t('training.run.people', { office: scenario.office.name })}</strong></p>
          <ul className="situation-people">
            {scenario.officials.map((official) => (
              <li key={official.id}>{official.fullName} — {official.position}, {official.unit}</li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
