/**
 * The attendance roster by organisation: each listed delegate (came or not), who is admitted,
 * present now, or absent and when last seen; first-time organisations marked. The names stay on
 * the console: the room's screen shows counts only.
 */
import { useTranslation } from 'react-i18next';
import type { RosterPerson } from '../../../../shared/attendanceRoster.js';
import { formatDate } from '../../infra/i18n/formatting.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import { RemoveDelegate } from '../room/RemoveDelegate.js';
import { BadgesPanel } from './BadgesPanel.js';
import { useAttendanceRoster } from './useAttendanceRoster.js';
import './entry.css';
// Words that load with this screen, not with the first visit.
import './entryConsoleCatalogue.js';

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

export function AttendancePanel({ workshopId, linkBase }: { workshopId: string; linkBase: string }) {
  const { t } = useTranslation();
  const { roster, refresh, command } = useAttendanceRoster();
  return (
    <section className="panel attendance" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{t('attendance.title')}</h2>
      {roster && (
        <p className="hint" data-testid="attendance-summary">
          {t('attendance.summary', { ...roster.counts })}
        </p>
      )}
      <ul className="attendance__list">
        {roster?.organisations.map((organisation) => (
          <li key={organisation.organisationId ?? `typed:${organisation.name}`} className="attendance__organisation">
            <div className="attendance__head">
              <span className="attendance__name">{organisation.name}</span>
              {organisation.firstTime && <span className="badge badge--new">{t('attendance.firstTime')}</span>}
              {!organisation.organisationId && <span className="hint">{t('attendance.notListed')}</span>}
            </div>
            <ul className="attendance__people">
              {organisation.people.map((person) => (
                <li key={person.delegateId ?? person.participantIds[0]} className="attendance__person">
                  <span>{person.name}</span>
                  <PersonStatus person={person} />
                  {person.admission === 'admitted' && !person.delegateId && <span className="hint">{t('attendance.unlisted')}</span>}
                  {person.participantIds[0] && <RemoveDelegate delegate={{ id: person.participantIds[0], name: person.name }} />}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button--quiet" onClick={() => void refresh()} disabled={command.busy}>
          {t('attendance.refresh')}
        </button>
      </div>
      <ErrorNotice message={command.error} />
      {roster && <BadgesPanel roster={roster} workshopId={workshopId} linkBase={linkBase} onIssued={() => void refresh()} />}
    </section>
  );
}
