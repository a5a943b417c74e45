/** The facilitator's agenda: days of sessions, the current one marked, with go-to and editing. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionFields } from '../../../../shared/agenda.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import { dropTarget, moveTarget } from './agendaMoves.js';
import { SessionForm } from './SessionForm.js';
import { SessionRow, type RowFocus } from './SessionRow.js';

const NEW_SESSION: SessionFields = { title: '', startsAt: '09:00', endsAt: '10:00', stage: 'plenary', notes: '' };

/** Every change is a command; the list re-renders from the server's next `state`. */
export function AgendaPanel() {
  const { t } = useTranslation();
  const agenda = useControl((snapshot) => snapshot.state?.agenda ?? null);
  const currentId = useControl((snapshot) => snapshot.state?.currentSessionId ?? null);
  const command = useCommand();
  const [addingTo, setAddingTo] = useState<string | null>(null);
  const dragged = useRef<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [focus, setFocus] = useState<{ sessionId: string; focus: RowFocus } | null>(null);
  // A new nonce per request, so asking for the same row twice still moves focus.
  const focusRow = (sessionId: string, target: 'up' | 'down' | 'edit') =>
    setFocus((previous) => ({ sessionId, focus: { target, nonce: (previous?.focus?.nonce ?? 0) + 1 } }));

  if (!agenda) return null;
  const ordered = agenda.days.flatMap((day) => day.sessions.map((session) => session.id));

  // The server sends the new state before it answers, so the rows are in place when focus is restored.
  const move = async (sessionId: string, target: { dayId: string; index: number } | null, step?: -1 | 1) => {
    if (!target) return;
    const outcome = await command.run('agenda:move-session', { sessionId, ...target });
    if (outcome.ok && step) focusRow(sessionId, step === -1 ? 'up' : 'down');
  };

  const goTo = async (sessionId: string) => {
    // The row's "Go to" button disappears once it is current: focus moves to its "More" menu.
    if ((await command.run('stage:go', { sessionId })).ok) focusRow(sessionId, 'edit');
  };

  const remove = async (sessionId: string) => {
    if ((await command.run('agenda:remove-session', { sessionId })).ok) heading.current?.focus();
  };

  const handleAdd = async (dayId: string, session: SessionFields) => {
    const outcome = await command.run('agenda:add-session', { dayId, session });
    if (outcome.ok) setAddingTo(null);
  };

  return (
    <section className="panel agenda" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading" ref={heading} tabIndex={-1}>{t('agenda.title')}</h2>
      <ErrorNotice message={command.error} />
      {agenda.days.map((day) => (
        <section key={day.id} className="agenda__day" aria-labelledby={`day-${day.id}`}>
          <h3 id={`day-${day.id}`}>{day.title}</h3>
          {day.sessions.length === 0 && <p className="empty">{t('agenda.emptyDay')}</p>}
          <ol className="agenda__sessions">
            {day.sessions.map((session) => (
              <SessionRow
                key={session.id}
                session={session}
                current={session.id === currentId}
                canMoveUp={moveTarget(agenda, session.id, -1) !== null}
                canMoveDown={moveTarget(agenda, session.id, 1) !== null}
                busy={command.busy}
                restoreFocus={focus?.sessionId === session.id ? focus.focus : null}
                actions={{
                  goTo: () => void goTo(session.id),
                  move: (step) => void move(session.id, moveTarget(agenda, session.id, step), step),
                  save: async (changes) => (await command.run('agenda:update-session', { sessionId: session.id, changes })).ok,
                  remove: () => void remove(session.id),
                  dragStart: () => {
                    dragged.current = session.id;
                  },
                  drop: () => {
                    const from = dragged.current;
                    dragged.current = null;
                    if (from && from !== session.id) void move(from, dropTarget(agenda, session.id));
                  },
                }}
              />
            ))}
          </ol>
          {addingTo === day.id ? (
            <SessionForm
              initial={NEW_SESSION}
              submitLabel={t('agenda.add')}
              busy={command.busy}
              onSubmit={(fields) => void handleAdd(day.id, fields)}
              onCancel={() => setAddingTo(null)}
            />
          ) : (
            <button type="button" className="button--quiet agenda__add" onClick={() => setAddingTo(day.id)}>
              {t('agenda.addTo', { day: day.title })}
            </button>
          )}
        </section>
      ))}
      <p className="hint">{t('agenda.sessionCount', { count: ordered.length })}</p>
    </section>
  );
}
