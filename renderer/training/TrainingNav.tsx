import { useTranslation } from 'react-i18next';
import { useUiStore } from '../app/ui-store';
import type { TrainingPage } from './training-route';

const SECTIONS = [
  { page: { page: 'home' }, key: 'home', href: '#/training' },
  { page: { page: 'scenarios' }, key: 'scenarios', href: '#/training/scenarios' },
  { page: { page: 'history' }, key: 'history', href: '#/training/history' },
] as const satisfies readonly { page: TrainingPage; key: string; href: string }[];

/** Which part of the training workspace a page belongs to (a run belongs to "rehearse"). */
function sectionOf(page: TrainingPage): (typeof SECTIONS)[number]['key'] {
  if (page.page === 'scenarios' || page.page === 'scenario') return 'scenarios';
  if (page.page === 'history') return 'history';
  return 'home';
}

export function TrainingNav({ current }: { current: TrainingPage }) {
  const { t } = useTranslation();
  const navigate = useUiStore((s) => s.navigate);
  const active = sectionOf(current);
  return (
    <nav className="training-nav no-print" aria-label={t('training.nav.label')}>
      {SECTIONS.map((section) => (
        <a
          key={section.key}
          href={section.href}
          aria-current={section.key === active ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            navigate({ name: 'training', page: section.page });
          }}
        >
          {t(`training.nav.${section.key}`)}
        </a>
      ))}
    </nav>
  );
}
