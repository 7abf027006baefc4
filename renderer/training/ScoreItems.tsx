import { useTranslation } from 'react-i18next';
import type { ItemScore } from '../../shared/training/score-types';
import type { ChecklistTemplate } from '../../shared/catalogue/schema';
import type { Locale } from '../../shared/domain/localized';
import { itemsOf } from '../../shared/catalogue';
import { answerText } from '../report/report-model';
import { CitationChips } from '../field/CitationChips';
import { ScoreVerdict } from './ScoreVerdict';

/** Each keyed item: what the trainee answered, what was expected, the rule and why. */
export function ScoreItems({ items, template }: { items: readonly ItemScore[]; template: ChecklistTemplate | undefined }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const byId = new Map((template ? itemsOf(template) : []).map((item) => [item.id, item]));
  const word = (w: 'yes' | 'no' | 'na' | 'none') => (w === 'none' ? t('training.score.noAnswer') : t(`answer.${w}`));
  const right = items.filter((item) => item.correct).length;
  return (
    <section className="score-block" aria-labelledby="score-items">
      <h2 id="score-items">{t('training.score.itemsTitle', { right, total: items.length })}</h2>
      <ol className="score-list">
        {items.map((score) => {
          const item = byId.get(score.itemId);
          const show = (value: ItemScore['given']) => (item ? answerText(item.response, value, locale, word) : value === null ? word('none') : JSON.stringify(value.value));
          return (
            <li key={score.itemId} className={score.correct ? 'right' : 'wrong'}>
              <div className="score-line">
                <strong>{item?.prompt[locale] ?? score.itemId}</strong>
                <ScoreVerdict correct={score.correct} />
              </div>
              <p>
                {t('training.score.given')}: <strong>{show(score.given)}</strong>
                {' · '}
                {t('training.score.expected')}: <strong>{score.accepted.map((value) => show(value)).join(` ${t('training.score.or')} `)}</strong>
              </p>
              <p className="score-why">{score.why[locale]}</p>
              <p className="score-rule">{t('training.score.rule')}: <CitationChips keys={score.citations} /></p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
