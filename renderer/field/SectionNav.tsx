import { useTranslation } from 'react-i18next';
import type { ChecklistSection } from '../../shared/catalogue/schema';
import type { Answer } from '../../shared/domain/inspection';
import type { Locale } from '../../shared/domain/localized';

interface Props {
  sections: readonly ChecklistSection[];
  answers: ReadonlyMap<string, Answer>;
}

export function SectionNav({ sections, answers }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <nav className="section-nav" aria-label={t('runner.sections')}>
      <ol>
        {sections.map((section, index) => {
          const done = section.items.filter((item) => (answers.get(item.id)?.value ?? null) !== null).length;
          return (
            <li key={section.id}>
              <a
                href={`#section-${section.id}`}
                onClick={(event) => {
                  // The hash is the router's; scroll and focus the section instead.
                  event.preventDefault();
                  const target = document.getElementById(`section-${section.id}`);
                  target?.scrollIntoView({ block: 'start' });
                  target?.focus();
                }}
              >
                <span>{index + 1}. {section.title[i18n.language as Locale]}</span>
                <span className={`section-count${done === section.items.length ? ' complete' : ''}`}>
                  {done}/{section.items.length}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
