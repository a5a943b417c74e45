/**
 * Matches someone already admitted (before the invitation list existed, or let in without an
 * organisation) to a listed organisation and, if named there, delegate: the `participant:admit`
 * command the waiting list uses, which also matches an admitted participant. Their page then
 * reopens under the organisation matched.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findListedOrganisation, type InvitationList } from '../../../../shared/accreditation.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import './accreditation.css';
// Words that load with this screen, not with the first visit.
import './accreditationConsoleCatalogue.js';

interface MatchToListProps {
  participantId: string;
  name: string;
  /** The organisation they are under now: a listed one's id, or the name they typed. */
  organisationId: string | null;
  typedOrganisation: string;
  list: InvitationList;
  onMatched: () => void;
}

const ANY = '';

export function MatchToList({ participantId, name, organisationId, typedOrganisation, list, onMatched }: MatchToListProps) {
  const { t } = useTranslation();
  const command = useCommand();
  const suggested = organisationId ?? findListedOrganisation(list, typedOrganisation)?.id ?? list.organisations[0]?.id ?? ANY;
  const [organisation, setOrganisation] = useState(suggested);
  const [delegate, setDelegate] = useState(ANY);
  const delegates = list.delegates.filter((d) => d.organisationId === organisation);
  const match = async () => {
    const outcome = await command.run('participant:admit', { participantId, organisationId: organisation, delegateId: delegate === ANY ? null : delegate });
    if (outcome.ok) onMatched();
  };
  return (
    <details className="match-to-list">
      <summary>
        {t('accreditationConsole.roster.match')}
        <span className="visually-hidden"> {name}</span>
      </summary>
      <div className="match-to-list__form" role="group" aria-label={t('accreditationConsole.roster.matchLabel', { name })}>
        <label>
          <span>{t('accreditationConsole.roster.organisation')}</span>
          <select
            value={organisation}
            onChange={(event) => {
              setOrganisation(event.target.value);
              setDelegate(ANY);
            }}
          >
            {list.organisations.map((org) => (
              <option key={org.id} value={org.id}>
                {org.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('accreditationConsole.roster.delegate')}</span>
          <select value={delegate} onChange={(event) => setDelegate(event.target.value)}>
            <option value={ANY}>{t('accreditationConsole.roster.anyDelegate')}</option>
            {delegates.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void match()} disabled={command.busy || organisation === ANY}>
          {t('accreditationConsole.roster.matchButton')}
          <span className="visually-hidden"> {name}</span>
        </button>
      </div>
      <ErrorNotice message={command.error} />
    </details>
  );
}
