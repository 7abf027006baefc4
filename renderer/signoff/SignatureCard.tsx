import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Signature } from '../../shared/domain/sign-off';
import type { Locale } from '../../shared/domain/localized';
import { formatDateTime } from '../i18n/format';
import { SignaturePad } from './SignaturePad';

interface Props {
  id: string;
  title: string;
  defaultName: string;
  defaultPosition: string;
  signed: Signature | null;
  editable: boolean;
  busy: boolean;
  onSign: (input: { name: string; position: string; image: string }) => void;
}

/** One signatory: name, position and a drawn signature; once signed, shown read-only with its time. */
export function SignatureCard({ id, title, defaultName, defaultPosition, signed, editable, busy, onSign }: Props) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState(signed?.name ?? defaultName);
  const [position, setPosition] = useState(signed?.position ?? defaultPosition);
  const [image, setImage] = useState<string | null>(null);
  if (signed) {
    return (
      <div className="signature-card signed">
        <h3>{title}</h3>
        <img src={signed.image} alt={t('signoff.signatureOf', { name: signed.name })} className="signature-image" />
        <p><strong>{signed.name}</strong> — {signed.position}</p>
        <p className="muted">{t('signoff.signedAt', { time: formatDateTime(signed.signedAt, i18n.language as Locale) })}</p>
      </div>
    );
  }
  return (
    <div className="signature-card">
      <h3>{title}</h3>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('signoff.name')}</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} disabled={!editable} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-position`}>{t('signoff.position')}</label>
          <input id={`${id}-position`} value={position} onChange={(e) => setPosition(e.target.value)} disabled={!editable} />
        </div>
      </div>
      <SignaturePad label={t('signoff.padLabel', { name: name || title })} value={image} onChange={setImage} disabled={!editable} />
      {editable && (
        <div className="form-actions">
          <button type="button" className="primary" disabled={busy || image === null} onClick={() => image && onSign({ name, position, image })}>
            {t('signoff.sign')}
          </button>
        </div>
      )}
    </div>
  );
}
