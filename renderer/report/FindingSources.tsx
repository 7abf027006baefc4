import { citationFor } from '../../shared/catalogue/citations';
import type { EvidenceMeta } from '../../shared/domain/evidence';
import { formatFileSize } from '../evidence/file-size';
import { shortSha256, vietnamDateTime } from './report-model';
import type { ReportText } from './report-text';

/** Citation keys with the registry's title (and cited part), so a reader needs no other document to check the basis. */
export function CitationList({ keys, t, locale }: ReportText & { keys: readonly string[] }) {
  return (
    <ul className="ir-list ir-citations">
      {keys.map((key) => {
        const citation = citationFor(key);
        return (
          <li key={key}>
            <span className="ir-key">{key}</span>
            {citation === undefined ? (
              <span className="ir-muted"> ({t('report.findings.unknownCitation')})</span>
            ) : (
              <>
                {' — '}
                {citation.title[locale]}
                {citation.part !== undefined && <span className="ir-muted">. {citation.part[locale]}</span>}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The evidence by name and hash: the files travel in the bundle, the printed copy identifies them. */
export function EvidenceTable({ evidence, t, locale }: ReportText & { evidence: readonly EvidenceMeta[] }) {
  if (evidence.length === 0) return <p className="ir-muted">{t('report.findings.noEvidence')}</p>;
  return (
    <table className="ir-table ir-evidence">
      <thead>
        <tr>
          <th scope="col">{t('report.evidence.name')}</th>
          <th scope="col">{t('report.evidence.type')}</th>
          <th scope="col">{t('report.evidence.size')}</th>
          <th scope="col">{t('report.evidence.takenAt')}</th>
          <th scope="col">{t('report.evidence.sha256')}</th>
        </tr>
      </thead>
      <tbody>
        {evidence.map((item) => (
          <tr key={item.id}>
            <td className="ir-file">{item.name}</td>
            <td>{t(`report.evidence.kind.${item.kind}`)}</td>
            <td className="ir-nowrap">{formatFileSize(item.size, locale)}</td>
            <td className="ir-nowrap">{vietnamDateTime(item.takenAt)}</td>
            <td className="ir-hash">{shortSha256(item.sha256)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
