/**
 * The console's one roster, by organisation: each listed delegate (came or not), who is admitted,
 * present now, or absent and when last seen; first-time organisations marked (the facilitator
 * turns the mark); the people the list does not name yet, with a control to match them to it.
 * The names stay on the console: the room's screen shows counts only.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenceEntry } from '../../../../shared/events.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import { BadgesPanel } from './BadgesPanel.js';
import { RosterOrganisation, type RosterContext } from './RosterOrganisation.js';
import { useAttendanceRoster } from './useAttendanceRoster.js';
import './entry.css';
// Words that load with this screen, not with the first visit.
import './entryConsoleCatalogue.js';
import '../accreditation/accreditationConsoleCatalogue.js';

const nobody: PresenceEntry[] = [];

export function AttendancePanel({ workshopId, linkBase }: { workshopId: string; linkBase: string }) {
  const { t } = useTranslation();
  const { roster, refresh, command } = useAttendanceRoster();
  const list = useControl((snapshot) => snapshot.state?.accreditation.list ?? null);
  const presence = useControl((snapshot) => snapshot.state?.presence ?? nobody);
  const dialogue = useControl((snapshot) => Boolean(snapshot.state?.dialogue));
  const context = useMemo<RosterContext>(
    () => ({
      list,
      inForce: (list?.organisations.length ?? 0) > 0,
      present: new Map(presence.map((entry) => [entry.id, entry])),
      dialogue,
      refresh: () => void refresh(),
    }),
    [list, presence, dialogue, refresh],
  );
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
          <RosterOrganisation key={organisation.organisationId ?? `typed:${organisation.name}`} organisation={organisation} context={context} />
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
