/** The facilitator removes someone who should not be there: one click opens a confirmation that says what follows. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';

/** Removal names a participant by id and shows their name; nothing else of them. */
export function RemoveDelegate({ delegate }: { delegate: { id: string; name: string } }) {
  const { t } = useTranslation();
  const command = useCommand();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button--quiet roster__remove" onClick={() => setConfirming(true)}>
        {t('roster.remove')}
        <span className="visually-hidden"> {delegate.name}</span>
      </button>
    );
  }
  const remove = async () => {
    const outcome = await command.run('participant:remove', { participantId: delegate.id });
    if (outcome.ok) setConfirming(false);
  };
  return (
    <div className="roster__confirm" role="group" aria-label={t('roster.removeTitle', { name: delegate.name })}>
      <p>{t('roster.removeConsequence', { name: delegate.name })}</p>
      <button type="button" className="button--danger" onClick={() => void remove()} disabled={command.busy}>
        {t('roster.removeConfirm')}
      </button>
      <button type="button" className="button--quiet" onClick={() => setConfirming(false)} disabled={command.busy}>
        {t('roster.removeCancel')}
      </button>
      <ErrorNotice message={command.error} />
    </div>
  );
}
