/**
 * One organisation of the attendance roster: how many of its delegates are registered, admitted
 * and present, its first-time mark (which the facilitator may turn), and each person with their
 * standing, last seen, and what the facilitator may do about them: correct a layer, remove, or
 * match someone the list does not name yet to it.
 */
import { useTranslation } from 'react-i18next';
import type { InvitationList } from '../../../../shared/accreditation.js';
import type { RosterOrganisation as Organisation, RosterPerson } from '../../../../shared/attendanceRoster.js';
import type { PresenceEntry } from '../../../../shared/events.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { formatDate } from '../../infra/i18n/formatting.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import { MatchToList } from '../accreditation/MatchToList.js';
import { CorrectLayer } from '../dialogue/CorrectLayer.js';
import { RemoveDelegate } from '../room/RemoveDelegate.js';

export interface RosterContext {
  list: InvitationList | null;
  /** The list names an organisation: who is not on it is worth saying (without a list, nobody is). */
  inForce: boolean;
  /** Present participants by id: their layer, on a dialogue day. */
  present: ReadonlyMap<string, PresenceEntry>;
  dialogue: boolean;
  /** Reads the roster again after the facilitator's own change. */
  refresh: () => void;
}

function PersonStatus({ person }: { person: RosterPerson }) {
  const { t, i18n } = useTranslation();
  const time = (at: number) => formatDate(i18n.resolvedLanguage ?? 'en', at, 'dateTime');
  if (person.present) return <span className="badge badge--present">{t('attendance.present')}</span>;
  return (
    <span className="attendance__absent">
      {t('attendance.absent')} · {person.lastSeenAt ? t('attendance.lastSeen', { time: time(person.lastSeenAt) }) : t('attendance.neverSeen')}
    </span>
  );
}

function Person({ person, organisation, context }: { person: RosterPerson; organisation: Organisation; context: RosterContext }) {
  const { t } = useTranslation();
  const participantId = person.participantIds[0];
  const here = participantId ? context.present.get(participantId) : undefined;
  // Someone admitted whom the list does not name yet (admitted before it existed, or let in unmatched).
  const unlisted = context.inForce && person.admission === 'admitted' && !person.delegateId;
  return (
    <li className="attendance__person">
      <span className="attendance__person-name">{person.name}</span>
      <PersonStatus person={person} />
      {unlisted && <span className="hint">{t('attendance.unlisted')}</span>}
      {context.dialogue && here && <CorrectLayer participantId={here.id} name={here.name} layer={here.layer ?? 'cso'} />}
      {participantId && <RemoveDelegate delegate={{ id: participantId, name: person.name }} />}
      {unlisted && participantId && context.list && (
        <MatchToList
          participantId={participantId}
          name={person.name}
          organisationId={organisation.organisationId}
          typedOrganisation={organisation.name}
          list={context.list}
          onMatched={context.refresh}
        />
      )}
    </li>
  );
}

export function RosterOrganisation({ organisation, context }: { organisation: Organisation; context: RosterContext }) {
  const { t } = useTranslation();
  const command = useCommand();
  const { people } = organisation;
  const counts = {
    registered: people.filter((p) => p.delegateId).length,
    admitted: people.filter((p) => p.admission === 'admitted').length,
    present: people.filter((p) => p.present).length,
  };
  const mark = async () => {
    const outcome = await command.run('roster:mark-returning', { organisation: organisation.name, returning: organisation.firstTime });
    if (outcome.ok) context.refresh();
  };
  return (
    <li className="attendance__organisation" data-testid="roster-organisation">
      <div className="attendance__head">
        <span className="attendance__name">{organisation.name}</span>
        {organisation.firstTime && <span className="badge badge--new">{t('attendance.firstTime')}</span>}
        {context.inForce && !organisation.organisationId && <span className="hint">{t('attendance.notListed')}</span>}
      </div>
      <div className="attendance__meta">
        <span className="hint attendance__counts">{t('accreditationConsole.roster.counts', counts)}</span>
        <button type="button" className="button--quiet attendance__mark" onClick={() => void mark()} disabled={command.busy}>
          {organisation.firstTime ? t('accreditationConsole.roster.markReturning') : t('accreditationConsole.roster.markFirstTime')}
          <span className="visually-hidden"> {organisation.name}</span>
        </button>
      </div>
      <ErrorNotice message={command.error} />
      <ul className="attendance__people">
        {people.map((person) => (
          <Person key={person.delegateId ?? person.participantIds[0]} person={person} organisation={organisation} context={context} />
        ))}
      </ul>
    </li>
  );
}
