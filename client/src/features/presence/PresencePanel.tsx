/** How many participants are present, and who of the reader's own organisation. */
import { useTranslation } from 'react-i18next';
import type { PresenceState } from './usePresence.js';

/**
 * The count is a polite live region: arrivals are announced without stealing focus. The server
 * sends a participant only their own organisation's delegates, never the whole roster.
 */
export function PresencePanel({ state, large }: { state: PresenceState; large?: boolean }) {
  const { t } = useTranslation();
  // While disconnected the last list is stale, so it is not shown as if it were current.
  const connected = state.connection === 'connected';
  const people = connected ? state.presence.filter((entry) => entry.role !== 'projector') : [];
  return (
    <section className={large ? 'panel presence presence--large' : 'panel presence'} aria-labelledby="presence-heading">
      <h2 id="presence-heading">{t('presence.title')}</h2>
      <p className="presence__count" aria-live="polite">
        {connected ? t('presence.count', { count: state.headcount.participants }) : t(state.connection === 'offline' ? 'presence.offline' : 'presence.connecting')}
      </p>
      {people.length === 0 ? (
        connected && state.headcount.participants === 0 && <p className="empty">{t('presence.nobody')}</p>
      ) : (
        <>
          <h3 className="presence__subtitle">{t('presence.yourOrganisation')}</h3>
          <ul className="presence__list">
            {people.map((entry) => (
              <li key={entry.id}>
                <span className="presence__name">{entry.name}</span>
                {entry.organisation && <span className="presence__organisation">{entry.organisation}</span>}
                {entry.role !== 'participant' && <span className="badge">{t(`workspace.role_${entry.role}`)}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
