/** The way to implementation tracking, from the console and the participant's workspace (light: no tracking code comes with it). */
import { useTranslation } from 'react-i18next';

export function TrackingLink({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="tracking-link-heading">
      <h2 id="tracking-link-heading">{t('trackingLink.title')}</h2>
      <p className="hint">{t('trackingLink.openHint')}</p>
      <a href={`/w/${encodeURIComponent(workshopId)}/tracking`}>{t('trackingLink.openLink')}</a>
    </section>
  );
}
