import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../shared/catalogue/schema';
import type { AnswerValue } from '../../shared/domain/inspection';
import type { Locale } from '../../shared/domain/localized';
import { useDebouncedCommit } from './use-debounced-commit';

interface Props {
  item: ChecklistItem;
  labelledBy: string;
  value: AnswerValue | null;
  disabled: boolean;
  /** Resolves false when the write failed, so the control can show the stored value again. */
  onChange: (value: AnswerValue | null) => Promise<boolean>;
}

/** One control per response type; each commits through `onChange` (autosave). */
export function ResponseControl(props: Props) {
  switch (props.item.response.type) {
    case 'yes_no_na':
      return <ChoiceGroup {...props} options={YES_NO_NA} />;
    case 'scale': {
      const { min, max } = props.item.response;
      const options: Choice[] = Array.from({ length: max - min + 1 }, (_, i) => min + i).map((n) => ({
        key: String(n),
        label: String(n),
        value: { type: 'scale', value: n },
      }));
      return <ChoiceGroup {...props} options={options} />;
    }
    case 'number':
      return <NumberInput {...props} />;
    case 'text':
      return <TextInput {...props} />;
    case 'time':
      return <TimeInput {...props} />;
  }
}

interface Choice {
  key: string;
  label: string;
  value: AnswerValue;
}

const YES_NO_NA: Choice[] = (['yes', 'no', 'na'] as const).map((v) => ({
  key: v,
  label: `answer.${v}`,
  value: { type: 'yes_no_na', value: v },
}));

function ChoiceGroup({ item, labelledBy, value, disabled, onChange, options }: Props & { options: Choice[] }) {
  const { t, i18n } = useTranslation();
  const name = useId();
  const stored = value === null ? null : String(value.value);
  // Show the choice at once; the stored value replaces it when the write lands.
  const [selected, setSelected] = useState(stored);
  const [lastStored, setLastStored] = useState(stored);
  if (lastStored !== stored) {
    setLastStored(stored);
    setSelected(stored);
  }
  const choose = (key: string | null, next: AnswerValue | null) => {
    setSelected(key);
    void onChange(next).then((saved) => {
      if (!saved) setSelected(stored);
    });
  };
  const spec = item.response;
  return (
    <div className="choice-row">
      <div role="radiogroup" aria-labelledby={labelledBy} className={`choice-group choice-${spec.type}`}>
        {options.map((option) => (
          <label key={option.key} className={`choice choice-${option.key}`}>
            <input
              type="radio"
              name={name}
              value={option.key}
              checked={selected === option.key}
              disabled={disabled}
              onChange={() => choose(option.key, option.value)}
            />
            <span>{t(option.label)}</span>
          </label>
        ))}
      </div>
      {spec.type === 'scale' && (
        <span className="scale-legend muted">
          1 = {spec.lowLabel[i18n.language as Locale]} · {spec.max} = {spec.highLabel[i18n.language as Locale]}
        </span>
      )}
      {selected !== null && !disabled && (
        <button type="button" className="link" onClick={() => choose(null, null)}>{t('runner.clearAnswer')}</button>
      )}
    </div>
  );
}

function NumberInput({ item, labelledBy, value, disabled, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const spec = item.response.type === 'number' ? item.response : undefined;
  const [text, setText] = useState(value?.type === 'number' ? String(value.value) : '');
  const [invalid, setInvalid] = useState(false);
  const { schedule, flush } = useDebouncedCommit((raw: string) => {
    if (raw.trim() === '') return void onChange(null);
    const n = Number(raw);
    const ok = spec !== undefined && Number.isFinite(n) && n >= spec.min && n <= spec.max && (!spec.integer || Number.isInteger(n));
    setInvalid(!ok);
    if (ok) void onChange({ type: 'number', value: n });
  });
  if (!spec) return null;
  return (
    <div className="number-row">
      <input
        type="number"
        inputMode={spec.integer ? 'numeric' : 'decimal'}
        min={spec.min}
        max={spec.max}
        step={spec.integer ? 1 : 'any'}
        value={text}
        disabled={disabled}
        aria-labelledby={labelledBy}
        aria-invalid={invalid || undefined}
        onChange={(event) => {
          setText(event.target.value);
          schedule(event.target.value);
        }}
        onBlur={flush}
      />
      <span className="muted">{spec.unit[i18n.language as Locale]}</span>
      {invalid && <span className="field-error" role="alert">{t('runner.numberRange', { min: spec.min, max: spec.max })}</span>}
    </div>
  );
}

function TextInput({ item, labelledBy, value, disabled, onChange }: Props) {
  const maxLength = item.response.type === 'text' ? item.response.maxLength : 0;
  const [text, setText] = useState(value?.type === 'text' ? value.value : '');
  const { schedule, flush } = useDebouncedCommit((raw: string) => void onChange(raw === '' ? null : { type: 'text', value: raw }));
  return (
    <textarea
      className="answer-text"
      rows={3}
      maxLength={maxLength}
      value={text}
      disabled={disabled}
      aria-labelledby={labelledBy}
      onChange={(event) => {
        setText(event.target.value);
        schedule(event.target.value);
      }}
      onBlur={flush}
    />
  );
}

function TimeInput({ labelledBy, value, disabled, onChange }: Props) {
  const [text, setText] = useState(value?.type === 'time' ? value.value : '');
  return (
    <input
      type="time"
      value={text}
      disabled={disabled}
      aria-labelledby={labelledBy}
      onChange={(event) => {
        setText(event.target.value);
        if (event.target.value === '') void onChange(null);
        else if (/^\d{2}:\d{2}$/.test(event.target.value)) void onChange({ type: 'time', value: event.target.value });
      }}
    />
  );
}
