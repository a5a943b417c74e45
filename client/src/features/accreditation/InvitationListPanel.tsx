/** The invitation list on the console: import a file, add organisations (with their other spellings) and delegates, merge two spellings, remove. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationList, ListedOrganisation } from '../../../../shared/accreditation.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import { issueSentence } from '../importing/issueSentence.js';
import { type InvitationUpload, uploadInvitationList } from './uploadInvitationList.js';
// Words that load with this screen, not with the first visit.
import './accreditationConsoleCatalogue.js';

const splitAliases = (text: string) => text.split(/[;|]/).map((alias) => alias.trim()).filter(Boolean);

export function InvitationListPanel({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const list = useControl((snapshot) => snapshot.state?.accreditation.list ?? null);
  const organisations = list?.organisations ?? [];
  return (
    <section className="panel invitations" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('accreditationConsole.list.title')}</h2>
      <p className="hint">
        {organisations.length === 0
          ? t('accreditationConsole.list.empty')
          : `${t('accreditationConsole.list.organisations', { count: organisations.length, version: list?.version ?? 0 })}. ${t('accreditationConsole.list.inForce')}`}
      </p>
      <ImportInvitations workshopId={workshopId} token={token} />
      <AddOrganisation />
      <ul className="invitations__list">
        {organisations.map((org) => (
          <ListedOrganisationRow key={org.id} organisation={org} list={list!} />
        ))}
      </ul>
    </section>
  );
}

function ImportInvitations({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<InvitationUpload | null>(null);
  const [busy, setBusy] = useState(false);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setOutcome(await uploadInvitationList(workshopId, token, file));
    setBusy(false);
  };
  return (
    <div className="invitations__import">
      <label>
        {t('accreditationConsole.list.import')}
        <input type="file" accept=".csv,.xlsx,text/csv" disabled={busy} onChange={(event) => void choose(event.target.files?.[0])} />
      </label>
      <p className="hint">{t('accreditationConsole.list.importHint')}</p>
      {outcome?.kind === 'imported' && (
        <p className="notice notice--success" role="status">
          {t('accreditationConsole.list.imported', { organisations: outcome.organisations, delegates: outcome.delegates })}
        </p>
      )}
      {outcome?.kind === 'unreadable' && (
        <div className="notice notice--error" role="alert">
          <p>{t('accreditationConsole.list.importFailed')}</p>
          <ul>
            {outcome.errors.map((issue, i) => (
              <li key={i}>{issueSentence(t, issue)}</li>
            ))}
          </ul>
        </div>
      )}
      {outcome?.kind === 'failed' && <ErrorNotice message={outcome.message} />}
    </div>
  );
}

function AddOrganisation() {
  const { t } = useTranslation();
  const command = useCommand();
  const [name, setName] = useState('');
  const [aliases, setAliases] = useState('');
  const [returning, setReturning] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await command.run('invitations:save-organisation', { name, aliases: splitAliases(aliases), returning });
    if (!outcome.ok) return;
    setName('');
    setAliases('');
    setReturning(false);
  };
  return (
    <form className="invitations__form" onSubmit={(event) => void submit(event)}>
      <label>
        {t('accreditationConsole.list.name')}
        <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={120} />
      </label>
      <label>
        {t('accreditationConsole.list.aliases')}
        <input value={aliases} onChange={(event) => setAliases(event.target.value)} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={returning} onChange={(event) => setReturning(event.target.checked)} />
        {t('accreditationConsole.list.returning')}
      </label>
      <button type="submit" disabled={command.busy || !name.trim()}>
        {t('accreditationConsole.list.addOrganisation')}
      </button>
      <ErrorNotice message={command.error} />
    </form>
  );
}

function ListedOrganisationRow({ organisation, list }: { organisation: ListedOrganisation; list: InvitationList }) {
  const { t } = useTranslation();
  const command = useCommand();
  const [mergeInto, setMergeInto] = useState('');
  const delegates = list.delegates.filter((d) => d.organisationId === organisation.id);
  const others = list.organisations.filter((org) => org.id !== organisation.id);
  return (
    <li className="invitations__organisation" data-testid="listed-organisation">
      <div className="roster__head">
        <span className="roster__name">{organisation.name}</span>
        {organisation.aliases.length > 0 && <span className="hint">{t('accreditationConsole.list.aka', { aliases: organisation.aliases.join('; ') })}</span>}
      </div>
      <ul className="roster__delegates">
        {delegates.map((d) => (
          <li key={d.id}>
            {d.name}
            {d.ballotHolder && <span className="badge">{t('accreditationConsole.list.holder')}</span>}
          </li>
        ))}
      </ul>
      <AddDelegate organisationId={organisation.id} />
      <div className="invitations__actions">
        <select aria-label={t('accreditationConsole.list.mergeLabel', { name: organisation.name })} value={mergeInto} onChange={(event) => setMergeInto(event.target.value)}>
          <option value="">{t('accreditationConsole.list.mergeInto')}</option>
          {others.map((org) => (
            <option key={org.id} value={org.id}>
              {org.name}
            </option>
          ))}
        </select>
        <button type="button" disabled={!mergeInto || command.busy} onClick={() => void command.run('invitations:merge', { fromId: organisation.id, intoId: mergeInto })}>
          {t('accreditationConsole.list.merge')}
        </button>
        <button
          type="button"
          className="button--quiet"
          disabled={command.busy}
          onClick={() => void command.run('invitations:remove-organisation', { organisationId: organisation.id })}
        >
          {t('accreditationConsole.list.remove')}
          <span className="visually-hidden"> {organisation.name}</span>
        </button>
      </div>
      <ErrorNotice message={command.error} />
    </li>
  );
}

function AddDelegate({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const command = useCommand();
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [ballotHolder, setBallotHolder] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await command.run('invitations:save-delegate', { organisationId, name, contact: contact || null, ballotHolder });
    if (!outcome.ok) return;
    setName('');
    setContact('');
    setBallotHolder(false);
  };
  return (
    <form className="invitations__delegate" onSubmit={(event) => void submit(event)}>
      <input aria-label={t('accreditationConsole.list.delegate')} placeholder={t('accreditationConsole.list.delegate')} value={name} onChange={(event) => setName(event.target.value)} maxLength={80} />
      <input aria-label={t('accreditationConsole.list.contact')} placeholder={t('accreditationConsole.list.contact')} value={contact} onChange={(event) => setContact(event.target.value)} maxLength={200} />
      <label className="checkbox">
        <input type="checkbox" checked={ballotHolder} onChange={(event) => setBallotHolder(event.target.checked)} />
        {t('accreditationConsole.list.ballotHolder')}
      </label>
      <button type="submit" className="button--quiet" disabled={command.busy || !name.trim()}>
        {t('accreditationConsole.list.addDelegate')}
      </button>
      <ErrorNotice message={command.error} />
    </form>
  );
}
