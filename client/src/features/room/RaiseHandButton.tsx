/** A participant's own hand: raise it to ask for the floor, lower it when done. */
import { useTranslation } from 'react-i18next';
import { useControl } from '../../infra/control/ControlContext.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';

/** Shows the place in the queue while raised, so people know how long they will wait. */
export function RaiseHandButton({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  // A participant is sent only their organisation's hands, each with its place in the whole queue.
  const place = useControl((snapshot) => snapshot.state?.hands.find((hand) => hand.participantId === participantId)?.place ?? 0);
  const command = useCommand();
  const raised = place > 0;
  return (
    <div className="raise-hand">
      <button
        type="button"
        aria-pressed={raised}
        className={raised ? 'button--primary' : undefined}
        onClick={() => void command.run(raised ? 'hand:lower' : 'hand:raise')}
        disabled={command.busy}
      >
        {raised ? t('hands.lowerMine') : t('hands.raise')}
      </button>
      <span className="raise-hand__place" aria-live="polite">
        {raised ? t('hands.place', { place }) : ''}
      </span>
      <ErrorNotice message={command.error} />
    </div>
  );
}
