import { useTranslation } from 'react-i18next';

/**
 * On every training screen and every printout: a banner of its own colour and,
 * in print, a watermark on each page, so a rehearsal can never pass for a real record.
 */
export function TrainingBanner() {
  const { t } = useTranslation();
  return (
    <>
      <div className="training-banner" role="note" aria-label={t('training.banner.label')}>
        <strong className="training-banner-mark">{t('training.banner.mark')}</strong>
        <span>{t('training.banner.text')}</span>
      </div>
      <div className="training-watermark" aria-hidden="true">{t('training.banner.mark')}</div>
    </>
  );
}
