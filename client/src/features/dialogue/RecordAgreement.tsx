/** The facilitator records that named representatives, one of the Government and one CSO delegate, agree a plan row. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenceEntry } from '../../../../shared/events.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
// Words that load with this screen, not with the first visit.
import './dialogueCatalogue.js';

const EMPTY: PresenceEntry[] = [];

export function RecordAgreement({ rowId, committed }: { rowId: string; committed: boolean }) {
  const { t } = useTranslation();
  const command = useCommand();
  const presence = useControl((snapshot) => snapshot.state?.presence ?? EMPTY);
  const [government, setGovernment] = useState('');
  const [cso, setCso] = useState('');
  const participants = presence.filter((entry) => entry.role === 'participant');
  const governmentReps = participants.filter((entry) => entry.layer === 'government');
  const delegates = participants.filter((entry) => !entry.layer);
  const id = `agreement-${rowId}`;

  if (committed) {
    return (
      <button type="button" className="button--quiet" onClick={() => void command.run('commitment:withdraw', { rowId })}>
        {t('dialogue.responses.withdraw')}
      </button>
    );
  }
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
