import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX } from '../../shared/domain/inspection';
import { useDebouncedCommit } from './use-debounced-commit';

interface Props {
  note: string;
  disabled: boolean;
  onCommit: (note: string) => void;
}

export function NoteEditor({ note, disabled, onCommit }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(note !== '');
  const [text, setText] = useState(note);
  const { schedule, flush } = useDebouncedCommit(onCommit);

  if (!open) {
    return (
      <button type="button" className="link" disabled={disabled} onClick={() => setOpen(true)}>
        {t('runner.addNote')}
      </button>
    );
  }
  return (
    <div className="note-editor">
      <label htmlFor={id}>{t('runner.note')}</label>
      <textarea
        id={id}
        rows={2}
        maxLength={NOTE_MAX}
        value={text}
        disabled={disabled}
        // Opened by the user's own click, so focusing the new field is expected.
        autoFocus={note === ''}
        onChange={(event) => {
          setText(event.target.value);
          schedule(event.target.value);
        }}
        onBlur={flush}
      />
      <small className="muted">{t('runner.noteCount', { count: text.length, max: NOTE_MAX })}</small>
    </div>
  );
}
