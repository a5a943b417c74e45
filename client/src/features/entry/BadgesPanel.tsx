/**
 * Personal links and their badges. The server answers a link's secret once, when it issues it,
 * and keeps only its hash: the sheet is printed from that answer. Issuing again replaces a link
 * (the printed badge and the devices signed in with it stop working), so the default issues only
 * for delegates who have none.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceRoster } from '../../../../shared/attendanceRoster.js';
import { invitationLink } from '../../../../shared/links.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import { type Badge, BadgeSheet } from './BadgeSheet.js';
// Words that load with this screen, not with the first visit.
import './entryConsoleCatalogue.js';

interface ListedDelegate {
  delegateId: string;
  name: string;
  organisation: string;
  linkIssuedAt: number | null;
}

function listedDelegates(roster: AttendanceRoster): ListedDelegate[] {
  return roster.organisations.flatMap((organisation) =>
    organisation.people.flatMap((person) =>
      person.delegateId ? [{ delegateId: person.delegateId, name: person.name, organisation: organisation.name, linkIssuedAt: person.linkIssuedAt }] : [],
    ),
  );
}

export function BadgesPanel({ roster, workshopId, linkBase, onIssued }: { roster: AttendanceRoster; workshopId: string; linkBase: string; onIssued: () => void }) {
  const { t } = useTranslation();
  const command = useCommand();
  const [badges, setBadges] = useState<Badge[] | null>(null);
  const delegates = listedDelegates(roster);
  const withoutLink = delegates.filter((delegate) => delegate.linkIssuedAt === null);

  const issue = async (chosen: ListedDelegate[], replace: boolean) => {
    if (chosen.length === 0) return;
    const outcome = await command.run('invitation:issue', { delegateIds: chosen.map((d) => d.delegateId), replace });
    if (!outcome.ok) return;
    const byId = new Map(chosen.map((delegate) => [delegate.delegateId, delegate]));
    setBadges(
      outcome.issued.flatMap(({ delegateId, secret }) => {
        const delegate = byId.get(delegateId);
        return delegate ? [{ delegateId, name: delegate.name, organisation: delegate.organisation, link: invitationLink(linkBase, workshopId, secret) }] : [];
      }),
    );
    onIssued();
  };
  const replaceAll = () => {
    if (window.confirm(t('badges.confirmReissueAll'))) void issue(delegates, true);
  };

  return (
    <section className="badges" aria-labelledby="badges-heading">
      <h3 id="badges-heading">{t('badges.title')}</h3>
      <p className="hint">{t('badges.hint')}</p>
      {delegates.length === 0 ? (
        <p className="hint">{t('badges.noDelegates')}</p>
      ) : (
        <div className="actions">
          <button type="button" className="button--primary" disabled={command.busy || withoutLink.length === 0} onClick={() => void issue(withoutLink, false)}>
            {t('badges.issueNew', { count: withoutLink.length })}
          </button>
          <button type="button" className="button--quiet" disabled={command.busy} onClick={replaceAll}>
            {t('badges.reissueAll')}
          </button>
        </div>
      )}
      {delegates.length > 0 && (
        <ul className="badges__list">
          {delegates.map((delegate) => (
            <li key={delegate.delegateId}>
              <span>
                {delegate.name} <span className="hint">· {delegate.organisation}</span>
              </span>
              {delegate.linkIssuedAt === null ? (
                <span className="hint">{t('badges.notIssued')}</span>
              ) : (
                <span className="badges__row-actions">
                  <button type="button" className="button--quiet" disabled={command.busy} onClick={() => void issue([delegate], true)}>
                    {t('badges.reissue')}
                    <span className="visually-hidden"> {delegate.name}</span>
                  </button>
                  <button
                    type="button"
                    className="button--quiet"
                    disabled={command.busy}
                    onClick={() => void command.run('invitation:revoke', { delegateId: delegate.delegateId }).then(onIssued)}
                  >
                    {t('badges.revoke')}
                    <span className="visually-hidden"> {delegate.name}</span>
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorNotice message={command.error} />
      {badges && <BadgeSheet badges={badges} onClose={() => setBadges(null)} />}
    </section>
  );
}
