/** The frozen charter's banner: under vote, not adopted (with the facilitator's unfreeze), or adopted; and the hashes. */
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useCommand } from '../control/useCommand.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { HashComparison } from './HashComparison.js';
import type { CharterStanding } from './useCharterStanding.js';

interface CharterStandingBannerProps {
  doc: Y.Doc;
  standing: CharterStanding;
  canUnfreeze: boolean;
}

/** A status region: the change from drafting to frozen is read out when it happens. */
export function CharterStandingBanner({ doc, standing, canUnfreeze }: CharterStandingBannerProps) {
  const { t, i18n } = useTranslation();
  const command = useCommand();
  if (standing.kind === 'drafting') return <div role="status" className="visually-hidden" />;
  const message =
    standing.kind === 'adopted'
      ? t('charter.standing.adopted', { date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(standing.adoptedAt) })
      : standing.kind === 'under-vote'
        ? t('charter.standing.underVote')
        : t('charter.standing.failed');
  return (
    <div className={`charter-standing charter-standing--${standing.kind}`} data-testid="charter-standing" data-standing={standing.kind}>
      <p role="status" className="charter-standing__message">
        {message}
      </p>
      <HashComparison doc={doc} serverHash={standing.serverHash} />
      {standing.kind === 'failed' && canUnfreeze && (
        <div className="actions">
          <button type="button" className="button--primary" disabled={command.busy} onClick={() => void command.run('charter:unfreeze')}>
            {t('charter.standing.unfreeze')}
          </button>
          <ErrorNotice message={command.error} />
        </div>
      )}
    </div>
  );
}
