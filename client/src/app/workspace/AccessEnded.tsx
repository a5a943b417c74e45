/**
 * What a page shows once the server refuses its token while it is open (the facilitator removed
 * this participant): the page forgets the token and its kept copies, and says so in plain words.
 * What they wrote stays in the workshop.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/roles.js';
import { saveToken } from '../../infra/auth/tokenStore.js';
import { forgetKeptCopies } from '../../infra/offline/keptCopies.js';
import { PageShell } from '../../infra/ui/PageShell.js';

export function AccessEnded({ workshopId, role }: { workshopId: string; role: Role }) {
  const { t } = useTranslation();
  useEffect(() => {
    saveToken(workshopId, role, null);
    forgetKeptCopies(workshopId, role);
  }, [workshopId, role]);
  return (
    <PageShell>
      <div className="narrow">
        <p className="notice notice--error" role="alert" data-testid="access-ended">
          {t('errors.accessEnded')}
        </p>
        <p>
          <a href="/join">{t('join.joinAgain')}</a>
        </p>
      </div>
    </PageShell>
  );
}
