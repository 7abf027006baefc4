import { useTranslation } from 'react-i18next';

/** ✓ / ✗ with a word, so the result never rests on colour alone. */
export function ScoreVerdict({ correct, label }: { correct: boolean; label?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`verdict ${correct ? 'right' : 'wrong'}`}>
      <span aria-hidden="true">{correct ? '✓' : '✗'}</span> {label ?? (correct ? t('training.score.right') : t('training.score.wrong'))}
    </span>
  );
}
