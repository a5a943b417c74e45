/** Every link of the workshop, found again from the console: join, projector, and this console's own. */
import { useTranslation } from 'react-i18next';
import { facilitatorLink, joinLink, projectorLink } from '../../../../shared/links.js';
import { loadToken } from '../../infra/auth/tokenStore.js';
import { LinkFields } from '../../infra/ui/LinkFields.js';
import type { RolePageProps } from '../workspace/rolePage.js';
import { ConsolePanel } from './ConsolePanel.js';

/**
 * The server says where links start (its LAN address or PUBLIC_URL, never the address bar's
 * `localhost`); a who-am-I answer kept from an older version lacks it, so the page's own origin
 * stands in, without a word on who can open it.
 */
export function ConsoleLinks({ workshopId, token, me }: RolePageProps) {
  const { t } = useTranslation();
  const base = me.linkBase?.url ?? window.location.origin;
  const projectorToken = loadToken(workshopId, 'projector');
  return (
    <ConsolePanel id="console-links" title={t('roomLinks.heading')}>
      <section className="panel" aria-labelledby="console-links-heading">
        <h2 id="console-links-heading">{t('roomLinks.heading')}</h2>
        <LinkFields
          join={joinLink(base, me.workshop.joinCode)}
          projector={projectorToken ? projectorLink(base, workshopId, projectorToken) : null}
          facilitator={facilitatorLink(base, workshopId, token, projectorToken)}
          reach={me.linkBase?.reach}
        />
      </section>
    </ConsolePanel>
  );
}
