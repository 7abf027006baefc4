import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../shared/catalogue/schema';
import type { Answer, AnswerValue } from '../../shared/domain/inspection';
import type { Locale } from '../../shared/domain/localized';
import { isFailedAnswer } from '../../shared/domain/answer-validation';
import { CitationChips } from './CitationChips';
import { ResponseControl } from './ResponseControl';
import { NoteEditor } from './NoteEditor';
import { SaveIndicator } from './SaveIndicator';

interface Props {
  item: ChecklistItem;
  number: string;
  answer: Answer | undefined;
  disabled: boolean;
  onSave: (patch: { itemId: string; value?: AnswerValue | null; note?: string }) => Promise<boolean>;
}

export const ChecklistItemCard = memo(function ChecklistItemCard({ item, number, answer, disabled, onSave }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const promptId = `prompt-${item.id}`;
  const value = answer?.value ?? null;
  const failed = isFailedAnswer(item, value);
  return (
    <article
      id={`item-${item.id}`}
      className={`item-card${value !== null ? ' answered' : ''}${failed ? ' failed' : ''}`}
      aria-labelledby={promptId}
      data-item-card
    >
      <header className="item-head">
        <span className="item-number" aria-hidden="true">{number}</span>
        <h3 id={promptId} className="item-prompt">{item.prompt[locale]}</h3>
        <SaveIndicator itemId={item.id} />
      </header>
      <div className="item-meta">
        <CitationChips keys={item.sources} />
        <span className={`tag subject-${item.subject}`}>{t(`subject.${item.subject}`)}</span>
        <span className={`tag severity-${item.severity}`}>{t(`severity.${item.severity}`)}</span>
        {item.evidenceRequired && <span className="tag evidence">{t('runner.evidenceRequired')}</span>}
      </div>
      <details className="guidance">
        <summary>{t('runner.guidance')}</summary>
        <p>{item.guidance[locale]}</p>
      </details>
      <ResponseControl item={item} labelledBy={promptId} value={value} disabled={disabled} onChange={(next) => onSave({ itemId: item.id, value: next })} />
      <NoteEditor note={answer?.note ?? ''} disabled={disabled} onCommit={(note) => void onSave({ itemId: item.id, note })} />
    </article>
  );
});
