/** Raised hands in the order they went up; the console can lower each one. */
import { useTranslation } from 'react-i18next';
import type { RaisedHand } from '../../../../shared/events.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';

const noHands: RaisedHand[] = [];

/** `canLower` on the console; the projector shows the queue large and read-only. */
export function HandsQueue({ canLower = false, large = false }: { canLower?: boolean; large?: boolean }) {
  const { t } = useTranslation();
  const hands = useControl((snapshot) => snapshot.state?.hands ?? noHands);
  const command = useCommand();
  return (
    <section className={`panel hands${large ? ' hands--large' : ''}`} aria-labelledby="hands-heading">
      <h2 id="hands-heading">{t('hands.title')}</h2>
      <p className="visually-hidden" aria-live="polite">
        {t('hands.count', { count: hands.length })}
      </p>
      {hands.length === 0 ? (
        <p className="empty">{t('hands.none')}</p>
      ) : (
        <ol className="hands__list" data-testid="hands-queue">
          {hands.map((hand) => (
            <li key={hand.participantId}>
              <span className="hands__name">{hand.name}</span>
              {hand.organisation && <span className="hands__organisation">{hand.organisation}</span>}
              {canLower && (
                <button
                  type="button"
                  className="button--quiet"
                  onClick={() => void command.run('hand:lower', { participantId: hand.participantId })}
                  disabled={command.busy}
                >
                  {t('hands.lower')}
                  <span className="visually-hidden"> {hand.name}</span>
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <ErrorNotice message={command.error} />
    </section>
  );
}
