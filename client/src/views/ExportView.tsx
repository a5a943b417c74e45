/** `/w/:id/export`: the organiser's or facilitator's download page for one workshop's record. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveExportCredential } from '../exporting/exportCredential.js';
import { ExportPanel } from '../exporting/ExportPanel.js';
import { loadWorkshopList } from '../organiser/workshopList.js';
import { PageShell } from '../ui/PageShell.js';

/** Works with the facilitator token kept on this device or with the organiser key. */
export function ExportView({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [credential] = useState(() => resolveExportCredential(workshopId));
  const [title] = useState(() => loadWorkshopList().find((entry) => entry.id === workshopId)?.title ?? null);

  useEffect(() => {
    document.title = `${t('exporting.title')} · Convene`;
  }, [t]);

  const back =
    credential?.holder === 'facilitator'
      ? { href: `/w/${encodeURIComponent(workshopId)}/facilitator`, label: t('exporting.backToConsole') }
      : { href: '/organiser', label: t('exporting.backToOrganiser') };

  return (
    <PageShell>
      <div className="narrow">
        <p className="export-back">
          <a href={back.href}>{back.label}</a>
        </p>
        <h1>{t('exporting.title')}</h1>
        <p className="lead">{title ? t('exporting.introTitled', { title }) : t('exporting.intro', { id: workshopId })}</p>
        {credential ? (
          <ExportPanel workshopId={workshopId} token={credential.token} />
        ) : (
          <p className="notice notice--error" role="alert">
            {t('exporting.noCredential')}
          </p>
        )}
      </div>
    </PageShell>
  );
}
