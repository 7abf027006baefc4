import { useTranslation } from 'react-i18next';

/** Zod messages are i18n keys; this shows them in the user's language. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const { t } = useTranslation();
  return (
    <span id={id} className="field-error" role={message ? 'alert' : undefined}>
      {message ? t(message) : ''}
    </span>
  );
}
