/** The way from the console to the export page, where the record is downloaded file by file. */
import { useTranslation } from 'react-i18next';

/** A side panel with one link; the export page uses the facilitator token this device already keeps. */
export function ExportLink({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="console-export-heading">
      <h2 id="console-export-heading">{t('console.exportHeading')}</h2>
      <p className="hint">{t('console.exportHint')}</p>
      <a href={`/w/${encodeURIComponent(workshopId)}/export`}>{t('console.exportLink')}</a>
    </section>
  );
}
