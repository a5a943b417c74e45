/** What a workspace page shows when it cannot open the workshop. */
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../infra/ui/errorMessage.js';
import { PageShell } from '../../infra/ui/PageShell.js';
import type { WorkshopSession } from './useWorkshopSession.js';

/** Loading, no token, refused token or failure, each in plain words with a way on. */
export function SessionProblem({ session }: { session: Exclude<WorkshopSession, { kind: 'ready' }> }) {
  const { t } = useTranslation();
  if (session.kind === 'loading') {
    return (
      <PageShell>
        <p className="loading" role="status">
          {t('app.loading')}
        </p>
      </PageShell>
    );
  }
  const message =
    session.kind === 'noToken'
      ? t('errors.noToken')
      : session.kind === 'refused'
        ? t('errors.tokenRefused')
        : errorMessage(t, session.error);
  return (
    <PageShell>
      <div className="narrow">
        <p className="notice notice--error" role="alert">
          {message}
        </p>
        <p>
          <a href="/join">{t('join.joinAgain')}</a>
        </p>
      </div>
    </PageShell>
  );
}
