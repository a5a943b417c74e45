/** Who waits to be admitted: one click admits each to the organisation their typed name suggests, or to the one chosen. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationList } from '../../../../shared/accreditation.js';
import type { WaitingEntry } from '../../../../shared/events.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
// Words that load with this screen, not with the first visit.
import './accreditationConsoleCatalogue.js';

const none: WaitingEntry[] = [];
/** The select's values besides an organisation id. */
const NO_ORGANISATION = '';
const ADD_TYPED = '+add';

export function WaitingListPanel() {
  const { t } = useTranslation();
  const waiting = useControl((snapshot) => snapshot.state?.accreditation.waiting ?? none);
  const list = useControl((snapshot) => snapshot.state?.accreditation.list ?? null);
  return (
    <section className="panel waiting-list" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">{t('accreditationConsole.waiting.title')}</h2>
      <p className="hint" role="status">
        {waiting.length === 0 ? t('accreditationConsole.waiting.empty') : t('accreditationConsole.waiting.count', { count: waiting.length })}
      </p>
      <ul className="waiting-list__entries">
        {waiting.map((entry) => (
          <WaitingRow key={entry.participantId} entry={entry} list={list} />
        ))}
      </ul>
    </section>
  );
}

function WaitingRow({ entry, list }: { entry: WaitingEntry; list: InvitationList | null }) {
  const { t } = useTranslation();
  const command = useCommand();
  const [choice, setChoice] = useState(entry.suggestedOrganisationId ?? ADD_TYPED);
  const admit = () =>
    void command.run(
      'participant:admit',
      choice === ADD_TYPED
        ? { participantId: entry.participantId, addOrganisation: entry.organisation }
        : { participantId: entry.participantId, organisationId: choice === NO_ORGANISATION ? null : choice },
    );
  return (
    <li className="waiting-list__entry" data-testid="waiting-entry">
      <span className="waiting-list__name">{entry.name}</span>
      <span className="hint">{t('accreditationConsole.waiting.typed', { organisation: entry.organisation })}</span>
      <div className="waiting-list__actions">
        <select aria-label={t('accreditationConsole.waiting.matchTo', { name: entry.name })} value={choice} onChange={(event) => setChoice(event.target.value)}>
          {list?.organisations.map((org) => (
            <option key={org.id} value={org.id}>
              {org.name}
            </option>
          ))}
          {!entry.suggestedOrganisationId && <option value={ADD_TYPED}>{t('accreditationConsole.waiting.add', { organisation: entry.organisation })}</option>}
          <option value={NO_ORGANISATION}>{t('accreditationConsole.waiting.none')}</option>
        </select>
        <button type="button" onClick={admit} disabled={command.busy}>
          {t('accreditationConsole.waiting.admit')}
          <span className="visually-hidden"> {entry.name}</span>
        </button>
      </div>
      <ErrorNotice message={command.error} />
    </li>
  );
}
