/** `/w/:id/tracking`: implementation tracking between meetings, for coalition members, the facilitator and the organiser. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadOrganiserKey, loadToken } from '../../infra/auth/tokenStore.js';
import { resolveTrackingCredential } from '../../features/tracking/trackingCredential.js';
import { TrackingPanel } from '../../features/tracking/TrackingPanel.js';
// The page's words come with it, not with everyone's first visit.
import '../../features/tracking/trackingCatalogue.js';
import { PageShell } from '../../infra/ui/PageShell.js';

type BackLabel = 'tracking.backToWorkspace' | 'tracking.backToConsole' | 'tracking.backToOrganiser';

export function TrackingView({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [credential] = useState(() => resolveTrackingCredential(workshopId));

  useEffect(() => {
    document.title = `${t('tracking.title')} · Convene`;
  }, [t]);

  const [backLinks] = useState(() => {
    const path = `/w/${encodeURIComponent(workshopId)}`;
    const links: { href: string; label: BackLabel }[] = [];
    if (loadToken(workshopId, 'participant')) links.push({ href: path, label: 'tracking.backToWorkspace' });
    if (loadToken(workshopId, 'facilitator')) links.push({ href: `${path}/facilitator`, label: 'tracking.backToConsole' });
    if (loadOrganiserKey()) links.push({ href: '/organiser', label: 'tracking.backToOrganiser' });
    return links;
  });

  return (
    <PageShell>
      <div className="tracking-page">
        {backLinks.length > 0 && (
          <nav className="tracking-back actions" aria-label={t('tracking.backNavigation')}>
            {backLinks.map((link) => (
              <a key={link.href} href={link.href}>{t(link.label)}</a>
            ))}
          </nav>
        )}
        <h1>{t('tracking.title')}</h1>
        <p className="lead">{t('tracking.intro')}</p>
        {credential ? (
          <TrackingPanel workshopId={workshopId} token={credential.token} />
        ) : (
          <p className="notice notice--error" role="alert">{t('tracking.noCredential')}</p>
        )}
      </div>
    </PageShell>
  );
}
