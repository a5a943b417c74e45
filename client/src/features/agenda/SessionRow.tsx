/** One session of the agenda in the console: what it is, and the buttons to run and rearrange it. */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaSession, SessionFields } from '../../../../shared/agenda.js';
import { SessionForm } from './SessionForm.js';

export interface SessionRowActions {
  goTo: () => void;
  move: (step: -1 | 1) => void;
  save: (fields: SessionFields) => Promise<boolean>;
  remove: () => void;
  /** Drag and drop is a shortcut for pointer users; the move buttons do the same for everyone. */
  dragStart: () => void;
  drop: () => void;
}

/** Which of the row's buttons takes focus after the row moved or became current (React re-inserts moved nodes, which drops focus). */
export type RowFocus = { target: 'up' | 'down' | 'edit'; nonce: number } | null;

interface SessionRowProps {
  session: AgendaSession;
  current: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  busy: boolean;
  actions: SessionRowActions;
  restoreFocus: RowFocus;
}

/** Each button's accessible name ends with the session's title, so a list of "Go to" buttons is not ambiguous. */
export function SessionRow({ session, current, canMoveUp, canMoveDown, busy, actions, restoreFocus }: SessionRowProps) {
  const { t } = useTranslation();
  const upButton = useRef<HTMLButtonElement>(null);
  const downButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const menuToggle = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!restoreFocus) return;
    // "edit" after "Go to": the row's menu toggle, which stays folded, stands in for its "Edit".
    const preferred = { up: upButton, down: downButton, edit: menuToggle }[restoreFocus.target].current;
    // At the top or bottom of the agenda the button just used is disabled; its partner is the natural next key press.
    const fallback = restoreFocus.target === 'up' ? downButton.current : upButton.current;
    (preferred && !(preferred instanceof HTMLButtonElement && preferred.disabled) ? preferred : (fallback ?? editButton.current))?.focus();
  }, [restoreFocus]);
  const [mode, setMode] = useState<'view' | 'edit' | 'confirmRemove'>('view');
  const [dropping, setDropping] = useState(false);
  const named = (label: string) => (
    <>
      {label}
      <span className="visually-hidden"> {session.title}</span>
    </>
  );

  const handleDrop = (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    actions.drop();
  };

  return (
    <li
      className={`session-row${current ? ' session-row--current' : ''}${dropping ? ' session-row--drop' : ''}`}
      aria-current={current ? 'step' : undefined}
      data-session-id={session.id}
      draggable={mode === 'view'}
      onDragStart={actions.dragStart}
      onDragOver={(event) => {
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={handleDrop}
    >
      {mode === 'edit' ? (
        <SessionForm
          initial={session}
          submitLabel={t('agenda.save')}
          busy={busy}
          onSubmit={(fields) => void actions.save(fields).then((saved) => saved && setMode('view'))}
          onCancel={() => setMode('view')}
        />
      ) : (
        <>
          <div className="session-row__summary">
            <span className="session-row__time">
              {session.startsAt}–{session.endsAt}
            </span>
            <span className="session-row__title">{session.title}</span>
            {current && <span className="badge badge--now">{t('agenda.now')}</span>}
            <span className="session-row__stage">{t(`stages.${session.stage}`)}</span>
            {session.notes && <p className="session-row__notes">{session.notes}</p>}
          </div>
          <div className="session-row__actions">
            {!current && (
              <button type="button" className="button--primary" onClick={actions.goTo} disabled={busy}>
                {named(t('agenda.goTo'))}
              </button>
            )}
            {/* One primary action per row; the rest folds into a menu so the agenda fits a laptop screen. */}
            <details className="row-menu" open={mode === 'confirmRemove' || (restoreFocus !== null && restoreFocus.target !== 'edit') ? true : undefined}>
              <summary ref={menuToggle} className="row-menu__toggle" aria-label={t('consoleRun.moreActionsFor', { title: session.title })}>
                {t('consoleRun.moreActions')}
              </summary>
              <div className="row-menu__items">
                <button ref={editButton} type="button" onClick={() => setMode('edit')}>
                  {named(t('agenda.edit'))}
                </button>
                <button ref={upButton} type="button" className="button--quiet" onClick={() => actions.move(-1)} disabled={!canMoveUp || busy}>
                  {named(t('agenda.moveUp'))}
                </button>
                <button ref={downButton} type="button" className="button--quiet" onClick={() => actions.move(1)} disabled={!canMoveDown || busy}>
                  {named(t('agenda.moveDown'))}
                </button>
                {mode === 'confirmRemove' ? (
                  <>
                    <button type="button" className="button--danger" onClick={actions.remove} disabled={busy}>
                      {named(t('agenda.confirmRemove'))}
                    </button>
                    <button type="button" className="button--quiet" onClick={() => setMode('view')} autoFocus>
                      {t('agenda.keep')}
                    </button>
                  </>
                ) : (
                  <button type="button" className="button--quiet" onClick={() => setMode('confirmRemove')} disabled={current}>
                    {named(t('agenda.remove'))}
                  </button>
                )}
              </div>
            </details>
          </div>
        </>
      )}
    </li>
  );
}
