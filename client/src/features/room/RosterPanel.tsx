/** Organisations present, with their number of delegates and a "first time" badge for newcomers. */
import { useTranslation } from 'react-i18next';
import type { PresenceEntry } from '../../../../shared/events.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import { CorrectLayer } from '../dialogue/CorrectLayer.js';
import { RemoveDelegate } from './RemoveDelegate.js';
import { rosterByOrganisation } from './roster.js';

const none: PresenceEntry[] = [];
const noOrganisations: string[] = [];

/** The facilitator marks returning coalition members; the badge is for welcoming first-timers. */
export function RosterPanel() {
  const { t } = useTranslation();
  const presence = useControl((snapshot) => snapshot.state?.presence ?? none);
  const returningOrganisations = useControl((snapshot) => snapshot.state?.returningOrganisations ?? noOrganisations);
  const command = useCommand();
  const dialogue = useControl((snapshot) => Boolean(snapshot.state?.dialogue));
  const roster = rosterByOrganisation(presence, returningOrganisations);
  return (
    <section className="panel roster" aria-labelledby="roster-heading">
      <h2 id="roster-heading">{t('roster.title')}</h2>
      <p className="hint">{t('roster.organisations', { count: roster.length })}</p>
      <ul className="roster__list">
        {roster.map((group) => (
          <li key={group.organisation ?? ''} className="roster__organisation">
            <div className="roster__head">
              <span className="roster__name">{group.organisation ?? t('roster.noOrganisation')}</span>
              <span className="roster__count">{t('roster.delegates', { count: group.delegates.length })}</span>
              {group.organisation && !group.returning && <span className="badge badge--new">{t('roster.firstTime')}</span>}
            </div>
            <ul className="roster__delegates">
              {group.delegates.map((delegate) => (
                <li key={delegate.id}>
                  <span>{delegate.name}</span>
                  {dialogue && <CorrectLayer participantId={delegate.id} name={delegate.name} layer={delegate.layer} />}
                  <RemoveDelegate delegate={delegate} />
                </li>
              ))}
            </ul>
            {group.organisation && (
              <button
                type="button"
                className="button--quiet"
                onClick={() => void command.run('roster:mark-returning', { organisation: group.organisation ?? '', returning: !group.returning })}
                disabled={command.busy}
              >
                {group.returning ? t('roster.markFirstTime') : t('roster.markReturning')}
                <span className="visually-hidden"> {group.organisation}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <ErrorNotice message={command.error} />
    </section>
  );
}
