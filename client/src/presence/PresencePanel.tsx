/** How many are present and who, grouped in one list. */
import { useTranslation } from 'react-i18next';
import type { PresenceState } from './usePresence.js';

/** The list is a polite live region: arrivals are announced without stealing focus. */
export function PresencePanel({ state, large }: { state: PresenceState; large?: boolean }) {
  const { t } = useTranslation();
  // While disconnected the last list is stale, so it is not shown as if it were current.
  const people = state.connection === 'connected' ? state.presence.filter((entry) => entry.role !== 'projector') : [];
  return (
    <section className={large ? 'panel presence presence--large' : 'panel presence'} aria-labelledby="presence-heading">
      <h2 id="presence-heading">{t('presence.title')}</h2>
      <p className="presence__count" aria-live="polite">
        {state.connection === 'connected'
          ? t('presence.count', { count: people.length })
          : t(state.connection === 'offline' ? 'presence.offline' : 'presence.connecting')}
      </p>
      {people.length === 0 ? (
        state.connection === 'connected' && <p className="empty">{t('presence.nobody')}</p>
      ) : (
        <ul className="presence__list">
          {people.map((entry) => (
            <li key={entry.id}>
              <span className="presence__name">{entry.name}</span>
              {entry.organisation && <span className="presence__organisation">{entry.organisation}</span>}
              {entry.role !== 'participant' && <span className="badge">{t(`workspace.role_${entry.role}`)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
