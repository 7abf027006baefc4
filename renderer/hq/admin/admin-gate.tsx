import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { hasRole, useHqUser } from '../session-store';

/**
 * Admin pages: say at once when the signed-in user is not an admin. HQ enforces
 * the role on every call anyway (403 forbidden); this only spares a wasted form.
 */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const user = useHqUser();
  if (!hasRole(user, 'admin')) {
    return (
      <div className="hqi-error hqi-error-forbidden" role="alert">
        <p>{t('hq.error.forbidden')}</p>
        <p>{t('hqInsights.admin.adminOnly')}</p>
      </div>
    );
  }
  return children;
}
