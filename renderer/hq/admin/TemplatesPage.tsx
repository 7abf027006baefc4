import { useTranslation } from 'react-i18next';
import type { TemplateList } from '../../../shared/hq/admin';
import { HqErrorMessage, HqLoading } from '../HqStatus';
import { useHqData } from '../use-hq-data';
import { AdminOnly } from './admin-gate';
import { TemplatePublishForm } from './TemplatePublishForm';
import { TemplateTable } from './TemplateTable';
import '../../styles/hq-insights.css';

/** Admin: the published checklist templates and publishing a new version. */
export function TemplatesPage() {
  const { t } = useTranslation();
  return (
    <section className="hqi-page" aria-labelledby="hqi-templates-title">
      <div className="page-head">
        <div>
          <h1 id="hqi-templates-title">{t('hqInsights.templates.title')}</h1>
          <p className="muted">{t('hqInsights.templates.intro')}</p>
        </div>
      </div>
      <AdminOnly><TemplatesBody /></AdminOnly>
    </section>
  );
}

function TemplatesBody() {
  const { t } = useTranslation();
  const list = useHqData<TemplateList>('/v1/hq/templates');
  return (
    <>
      <section className="hqi-card" aria-labelledby="hqi-templates-list">
        <h2 id="hqi-templates-list">{t('hqInsights.templates.listTitle')}</h2>
        {list.loading && <HqLoading />}
        {list.error && <HqErrorMessage error={list.error} onRetry={list.reload} />}
        {list.data && <TemplateTable templates={list.data.templates} />}
      </section>
      {list.error?.code !== 'forbidden' && <TemplatePublishForm onPublished={list.reload} />}
    </>
  );
}
