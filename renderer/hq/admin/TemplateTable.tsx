import { useTranslation } from 'react-i18next';
import type { TemplateList } from '../../../shared/hq/admin';
import { formatDateTime } from '../../i18n/format';
import { DataTable } from '../insights/DataTable';
import { EmptyNote } from '../HqStatus';
import { useHqLabels } from '../insights/labels';

/** Published checklist templates, newest version of each as HQ lists them. */
export function TemplateTable({ templates }: { templates: TemplateList['templates'] }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  if (templates.length === 0) return <EmptyNote text={t('hqInsights.templates.empty')} />;
  return (
    <div className="table-scroll">
      <DataTable hideCaption caption={t('hqInsights.templates.listCaption')} textColumns={3}
        headers={[t('hqInsights.templates.id'), t('hqInsights.templates.titleCol'), t('hqInsights.templates.publishedAt'), t('hqInsights.templates.version'), t('hqInsights.templates.items')]}
        rows={templates.map((tpl) => [
          <code key="id">{tpl.id}</code>,
          tpl.title[l.locale],
          tpl.publishedAt === null ? '—' : formatDateTime(tpl.publishedAt, l.locale),
          l.number(tpl.version),
          l.number(tpl.items),
        ])} />
    </div>
  );
}
