import { useTranslation } from 'react-i18next';

/** Shown when the database cannot open: the data on disk is left untouched. */
export function BootFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const name = error instanceof Error ? error.name : 'Error';
  return (
    <main className="boot-failure" role="alert">
      <h1>{t('boot.failedTitle')}</h1>
      <p>{t('boot.failedBody')}</p>
      <p className="muted">{t('boot.failedCode', { code: name })}</p>
      <button type="button" onClick={() => window.location.reload()}>{t('boot.retry')}</button>
    </main>
  );
}
