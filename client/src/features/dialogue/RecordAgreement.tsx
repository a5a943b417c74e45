/**
 * The two ways a plan row becomes a joint commitment, from the console: the facilitator records
 * that named representatives (a Government one, a CSO delegate) agree, or puts it to a vote of the room.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenceEntry } from '../../../../shared/events.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import { CommitmentVote } from './CommitmentVote.js';
// Words that load with this screen, not with the first visit.
import './dialogueCatalogue.js';

const EMPTY: PresenceEntry[] = [];

export function RecordAgreement({ rowId, committed }: { rowId: string; committed: boolean }) {
  const { t } = useTranslation();
  const command = useCommand();
  if (committed) {
    return (
      <div className="commitment-ways">
        <button type="button" className="button--quiet" onClick={() => void command.run('commitment:withdraw', { rowId })}>
          {t('dialogue.responses.withdraw')}
        </button>
        <ErrorNotice message={command.error} />
      </div>
    );
  }
  return (
    <div className="commitment-ways">
      <fieldset className="commitment-ways__way">
        <legend>{t('dialogue.responses.byRepresentatives')}</legend>
        <AgreementForm rowId={rowId} />
      </fieldset>
      <fieldset className="commitment-ways__way">
        <legend>{t('dialogue.responses.byVote')}</legend>
        <CommitmentVote rowId={rowId} />
      </fieldset>
    </div>
  );
}

/** Named representatives' agreement: one of the Government and one CSO delegate, among those present. */
function AgreementForm({ rowId }: { rowId: string }) {
  const { t } = useTranslation();
  const command = useCommand();
  const presence = useControl((snapshot) => snapshot.state?.presence ?? EMPTY);
  const [government, setGovernment] = useState('');
  const [cso, setCso] = useState('');
  const participants = presence.filter((entry) => entry.role === 'participant');
  const governmentReps = participants.filter((entry) => entry.layer === 'government');
  const delegates = participants.filter((entry) => !entry.layer);
  const id = `agreement-${rowId}`;
  const option = (entry: PresenceEntry) => (
    <option key={entry.id} value={entry.id}>
      {entry.organisation ? `${entry.name} (${entry.organisation})` : entry.name}
    </option>
  );
  return (
    <form
      className="record-agreement"
      onSubmit={(event) => {
        event.preventDefault();
        void command.run('commitment:record', { rowId, participantIds: [government, cso] });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-government`}>{t('dialogue.responses.governmentRep')}</label>
        <select id={`${id}-government`} value={government} onChange={(event) => setGovernment(event.target.value)} required>
          <option value="">{t('dialogue.responses.choose')}</option>
          {governmentReps.map(option)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-cso`}>{t('dialogue.responses.csoRep')}</label>
        <select id={`${id}-cso`} value={cso} onChange={(event) => setCso(event.target.value)} required>
          <option value="">{t('dialogue.responses.choose')}</option>
          {delegates.map(option)}
        </select>
      </div>
      <button type="submit" className="button--primary" disabled={command.busy}>
        {t('dialogue.responses.record')}
      </button>
      <ErrorNotice message={command.error} />
    </form>
  );
}
