import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../shared/hq/admin';
import type { HqApiError } from '../api';

/** The `issues` of a 422 `invalid_template` answer, read defensively (it is a refusal body). */
export function issuesOf(error: HqApiError): ValidationIssue[] {
  const issues = error.body['issues'];
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue: unknown) => {
    if (typeof issue !== 'object' || issue === null) return [];
    const { path, message } = issue as Record<string, unknown>;
    return typeof message === 'string' ? [{ path: typeof path === 'string' ? path : '', message }] : [];
  });
}

/** Where the template is wrong (path) and what HQ's validator says about it. */
export function ValidationIssues({ issues }: { issues: readonly ValidationIssue[] }) {
  const { t } = useTranslation();
  return (
    <div className="hqi-error" role="alert">
      <p><strong>{t('hqInsights.templates.invalid', { total: issues.length })}</strong></p>
      <ul className="hqi-issues">
        {issues.map((issue, i) => (
          <li key={i}><code>{issue.path === '' ? t('hqInsights.templates.rootPath') : issue.path}</code> {issue.message}</li>
        ))}
      </ul>
    </div>
  );
}
