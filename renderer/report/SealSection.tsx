import { fingerprint, type Seal } from '../../shared/seal/seal';
import type { AddendumContent } from '../../shared/seal/inspection-record';
import { vietnamDateTime } from './report-model';
import type { ReportText } from './report-text';

/** An addendum as printed: its content and the seal over its own record. */
export type SealedAddendum = AddendumContent & { readonly seal: Seal };

/** Section V: what a reader needs to check this copy against the sealed record (hash, key, time). */
export function SealSection({ seal, t }: ReportText & { seal: Seal | null }) {
  return (
    <section className="ir-section ir-seal">
      <h2>{t('report.section.seal')}</h2>
      {seal === null ? (
        <p className="ir-emphasis">{t('report.seal.none')}</p>
      ) : (
        <>
          <dl className="ir-facts">
            <div>
              <dt>{t('report.seal.fingerprint')}</dt>
              <dd className="ir-fingerprint">{fingerprint(seal)}</dd>
            </div>
            <div>
              <dt>{t('report.seal.recordHash')}</dt>
              <dd className="ir-hash">{seal.recordHash}</dd>
            </div>
            <div>
              <dt>{t('report.seal.algorithm')}</dt>
              <dd>{seal.algorithm} / {seal.hashAlgorithm}</dd>
            </div>
            <div>
              <dt>{t('report.seal.sealedAt')}</dt>
              <dd>{vietnamDateTime(seal.sealedAt)}</dd>
            </div>
            <div>
              <dt>{t('report.seal.publicKey')}</dt>
              <dd className="ir-hash">{seal.publicKey}</dd>
            </div>
          </dl>
          <p className="ir-muted">{t('report.seal.explainer')}</p>
        </>
      )}
    </section>
  );
}

/** Section VI: corrections made after sealing, each sealed on its own and linked by the parent's hash. */
export function AddendaSection({ addenda, t }: ReportText & { addenda: readonly SealedAddendum[] }) {
  if (addenda.length === 0) return null;
  return (
    <section className="ir-section">
      <h2>{t('report.section.addenda')}</h2>
      {[...addenda].sort((a, b) => a.number - b.number).map((addendum) => (
        <article key={addendum.id} className="ir-addendum">
          <h3>{t('report.addenda.heading', { number: addendum.number })}</h3>
          <dl className="ir-facts">
            <div>
              <dt>{t('report.addenda.text')}</dt>
              <dd className="ir-prose">{addendum.text}</dd>
            </div>
            <div>
              <dt>{t('report.addenda.reason')}</dt>
              <dd className="ir-prose">{addendum.reason}</dd>
            </div>
            <div>
              <dt>{t('report.addenda.author')}</dt>
              <dd>{addendum.author}</dd>
            </div>
            <div>
              <dt>{t('report.addenda.createdAt')}</dt>
              <dd>{vietnamDateTime(addendum.createdAt)}</dd>
            </div>
            <div>
              <dt>{t('report.addenda.fingerprint')}</dt>
              <dd className="ir-fingerprint">{fingerprint(addendum.seal)}</dd>
            </div>
          </dl>
        </article>
      ))}
    </section>
  );
}
