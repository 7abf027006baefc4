import type { OfficeHeadSignOff, Signature } from '../../shared/domain/sign-off';
import type { InspectionRecord } from '../../shared/seal/inspection-record';
import { vietnamDateTime } from './report-model';
import type { ReportText } from './report-text';

/** Section IV: the inspected office on the left, the team lead on the right, as on a paper record. */
export function SignOffSection({ record, t, locale }: ReportText & { record: InspectionRecord }) {
  const { lead, officeHead } = record.signOff;
  return (
    <section className="ir-section ir-signoff">
      <h2>{t('report.section.signOff')}</h2>
      <div className="ir-signatures">
        <div className="ir-signer">
          <p className="ir-strong">{t('report.signOff.officeHead')}</p>
          <OfficeHead signOff={officeHead} t={t} locale={locale} />
        </div>
        <div className="ir-signer">
          <p className="ir-strong">{t('report.signOff.lead')}</p>
          <SignedBy signature={lead} t={t} locale={locale} />
        </div>
      </div>
    </section>
  );
}

function SignedBy({ signature, t }: ReportText & { signature: Signature | null }) {
  if (signature === null) return <p className="ir-unsigned">{t('report.signOff.unsigned')}</p>;
  return (
    <>
      <img className="ir-signature" src={signature.image} alt={t('report.signOff.signatureOf', { name: signature.name })} />
      <p className="ir-strong">{signature.name}</p>
      <p>{signature.position}</p>
      <p className="ir-muted">{t('report.signOff.signedAt', { time: vietnamDateTime(signature.signedAt) })}</p>
    </>
  );
}

function OfficeHead({ signOff, t, locale }: ReportText & { signOff: OfficeHeadSignOff | null }) {
  if (signOff?.type !== 'refused') return <SignedBy signature={signOff} t={t} locale={locale} />;
  return (
    <>
      <p className="ir-refused">{t('report.signOff.refused')}</p>
      <p className="ir-prose">{t('report.signOff.refusedReason', { reason: signOff.reason })}</p>
      <p className="ir-strong">{signOff.name}</p>
      <p>{signOff.position}</p>
      <p className="ir-muted">{t('report.signOff.recordedAt', { time: vietnamDateTime(signOff.recordedAt) })}</p>
    </>
  );
}
