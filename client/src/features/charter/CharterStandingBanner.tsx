/** The frozen charter's banner: under vote, not adopted (with the facilitator's unfreeze), or adopted; and the hashes. */
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import { charterStandingMessage } from './charterStandingMessage.js';
import { HashComparison } from './HashComparison.js';
import type { CharterStanding } from './useCharterStanding.js';

interface CharterStandingBannerProps {
  doc: Y.Doc;
  standing: CharterStanding;
  canUnfreeze: boolean;
}

/**
 * The status region stays mounted while drafting (empty and hidden), because screen readers
 * announce a change inside a live region they already know, not a region that just appeared.
 */
export function CharterStandingBanner({ doc, standing, canUnfreeze }: CharterStandingBannerProps) {
  const { t, i18n } = useTranslation();
  const command = useCommand();
  const message = charterStandingMessage(standing, t, i18n.language);
  const frozen = standing.kind !== 'drafting';
  return (
    <div
      className={frozen ? `charter-standing charter-standing--${standing.kind}` : 'visually-hidden'}
      data-testid="charter-standing"
      data-standing={standing.kind}
    >
      <p role="status" className="charter-standing__message">
        {message}
      </p>
      {frozen && <HashComparison doc={doc} serverHash={standing.serverHash} />}
      {standing.kind === 'failed' && canUnfreeze && (
        <div className="actions">
          <button type="button" className="button--primary" disabled={command.busy} onClick={() => void command.run('charter:unfreeze')}>
            {t('charter.standing.unfreeze')}
          </button>
        </div>
      )}
      <ErrorNotice message={command.error} />
    </div>
  );
}
