/** `/w/:id/export`: the organiser's or facilitator's download page for one workshop's record. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadOrganiserKey, loadToken } from '../../infra/auth/tokenStore.js';
import { fetchMe } from '../../infra/api/workshopsApi.js';
import { resolveExportCredential, type ExportCredential } from '../../features/exporting/exportCredential.js';
import { ExportPanel } from '../../features/exporting/ExportPanel.js';
import { loadWorkshopList } from '../../features/organiser/workshopList.js';
import { PageShell } from '../../infra/ui/PageShell.js';

/**
 * The workshop's title: from the organiser's list on this device, else from who-am-I with the
 * facilitator's token (the organiser key names no workshop); null until known.
 */
function useWorkshopTitle(workshopId: string, credential: ExportCredential | null): string | null {
  const [title, setTitle] = useState(() => loadWorkshopList().find((entry) => entry.id === workshopId)?.title ?? null);
  useEffect(() => {
    if (title || credential?.holder !== 'facilitator') return;
    let current = true;
    fetchMe(workshopId, credential.token).then(
      (me) => current && setTitle(me.workshop.title),
      // Without an answer the page names the workshop by its id, as before.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [workshopId, credential, title]);
  return title;
}

/** Works with the facilitator token kept on this device or with the organiser key. */
export function ExportView({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [credential] = useState(() => resolveExportCredential(workshopId));
  const title = useWorkshopTitle(workshopId, credential);

  useEffect(() => {
    document.title = `${t('exporting.title')} · Convene`;
  }, [t]);

  // Both ways back when both apply: an organiser who also ran the console may have come from either.
  const [backLinks] = useState(() => {
    const links: { href: string; label: 'exporting.backToConsole' | 'exporting.backToOrganiser' }[] = [];
    if (loadToken(workshopId, 'facilitator')) links.push({ href: `/w/${encodeURIComponent(workshopId)}/facilitator`, label: 'exporting.backToConsole' });
    if (loadOrganiserKey()) links.push({ href: '/organiser', label: 'exporting.backToOrganiser' });
    return links;
  });

  return (
    <PageShell>
      <div className="narrow">
        {backLinks.length > 0 && (
          <nav className="export-back actions" aria-label={t('exporting.backNavigation')}>
            {backLinks.map((link) => (
              <a key={link.href} href={link.href}>
                {t(link.label)}
              </a>
            ))}
          </nav>
        )}
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
