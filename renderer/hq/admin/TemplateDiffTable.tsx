import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { TemplateDiffEntry } from '../../../shared/hq/admin';
import { EmptyNote } from '../HqStatus';

const changeLabels = (t: TFunction): Record<TemplateDiffEntry['change'], string> => ({
  added: t('hqInsights.templates.change.added'),
  removed: t('hqInsights.templates.change.removed'),
  changed: t('hqInsights.templates.change.changed'),
});

const targetLabels = (t: TFunction): Record<TemplateDiffEntry['target'], string> => ({
  template: t('hqInsights.templates.target.template'),
  section: t('hqInsights.templates.target.section'),
  item: t('hqInsights.templates.target.item'),
});

const MARKS: Record<TemplateDiffEntry['change'], string> = { added: '+', removed: '−', changed: '~' };

/** What the new version adds, removes and changes against the published one. */
export function TemplateDiffTable({ diff }: { diff: readonly TemplateDiffEntry[] }) {
  const { t } = useTranslation();
  const changes = changeLabels(t);
  const targets = targetLabels(t);
  if (diff.length === 0) return <EmptyNote text={t('hqInsights.templates.noChanges')} />;
  return (
    <div className="table-scroll">
      <table className="hqi-table hqi-diff">
        <caption>{t('hqInsights.templates.diffCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('hqInsights.templates.diff.change')}</th>
            <th scope="col">{t('hqInsights.templates.diff.target')}</th>
            <th scope="col">{t('hqInsights.templates.diff.id')}</th>
            <th scope="col">{t('hqInsights.templates.diff.field')}</th>
            <th scope="col">{t('hqInsights.templates.diff.beforeAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {diff.map((entry, i) => (
            <tr key={i} className={`hqi-diff-${entry.change}`}>
              <td><span aria-hidden="true" className="hqi-diff-mark">{MARKS[entry.change]}</span> {changes[entry.change]}</td>
              <td>{targets[entry.target]}</td>
              <td><code>{entry.id}</code></td>
              <td>{entry.field === undefined ? '—' : <code>{entry.field}</code>}</td>
              <td className="hqi-before-after">
                {entry.before !== undefined && <del aria-label={t('hqInsights.templates.diff.before')}>{entry.before}</del>}
                {entry.before !== undefined && entry.after !== undefined && <span aria-hidden="true"> → </span>}
                {entry.after !== undefined && <ins aria-label={t('hqInsights.templates.diff.after')}>{entry.after}</ins>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
