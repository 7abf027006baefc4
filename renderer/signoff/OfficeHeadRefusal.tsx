import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/domain/localized';
import type { OfficeHeadSignOff } from '../../shared/domain/sign-off';
import { formatDateTime } from '../i18n/format';

type Refused = Extract<OfficeHeadSignOff, { type: 'refused' }>;

/** The office head declines to sign: the record says so, with the reason they gave. */
export function OfficeHeadRefusal({ refused, editable, busy, onRecord }: { refused: Refused | null; editable: boolean; busy: boolean; onRecord: (input: { name: string; position: string; reason: string }) => void }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState({ name: '', position: '', reason: '' });
  if (refused) {
    return (
      <div className="signature-card refused">
        <h3>{t('signoff.officeHead')}</h3>
        <p><strong>{refused.name}</strong> — {refused.position}</p>
        <p>{t('signoff.refusedBecause')} <q>{refused.reason}</q></p>
        <p className="muted">{t('signoff.recordedAt', { time: formatDateTime(refused.recordedAt, i18n.language as Locale) })}</p>
      </div>
    );
  }
  return (
    <div className="signature-card">
      <h3>{t('signoff.refusalTitle')}</h3>
      <div className="field-row">
        <div className="field">
          <label htmlFor="refusal-name">{t('signoff.name')}</label>
          <input id="refusal-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} disabled={!editable} />
        </div>
        <div className="field">
          <label htmlFor="refusal-position">{t('signoff.position')}</label>
          <input id="refusal-position" value={form.position} onChange={(e) => setForm({ ...form, position: e.target.value })} disabled={!editable} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="refusal-reason">{t('signoff.refusalReason')}</label>
        <textarea id="refusal-reason" rows={2} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} disabled={!editable} />
      </div>
      {editable && (
        <div className="form-actions">
          <button type="button" disabled={busy} onClick={() => onRecord(form)}>{t('signoff.recordRefusal')}</button>
        </div>
      )}
    </div>
  );
}
