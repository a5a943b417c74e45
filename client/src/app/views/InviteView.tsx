/**
 * `/w/:id/invite#invite=…`: a delegate's personal link. The secret leaves the address bar at
 * once; the server exchanges it for this device's token (or gives this device its own session
 * back when it shows the token it got before), and the delegate lands in the workspace.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../../infra/api/http.js';
import { claimInvitation } from '../../infra/api/workshopsApi.js';
import { takeFragmentSecret } from '../../infra/auth/fragmentSecret.js';
import { loadToken, saveToken } from '../../infra/auth/tokenStore.js';
import { errorMessage } from '../../infra/ui/errorMessage.js';
import { PageShell } from '../../infra/ui/PageShell.js';
import { navigate } from '../routing/locationStore.js';

/** Read once per page: taking it clears the fragment, so a second read would find nothing. */
let taken: { secret: string | null } | null = null;
const invitationSecret = () => (taken ??= { secret: takeFragmentSecret('invite') }).secret;

export function InviteView({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [secret] = useState(invitationSecret);
  const [problem, setProblem] = useState<string | null>(secret ? null : t('entry.noLink'));
  const claiming = useRef(false);

  useEffect(() => {
    if (claiming.current || !secret) return;
    claiming.current = true;
    const deviceToken = loadToken(workshopId, 'participant') ?? undefined;
    claimInvitation(workshopId, { invitation: secret, deviceToken }).then(
      (claimed) => {
        saveToken(workshopId, 'participant', claimed.token);
        navigate(`/w/${workshopId}`, { replace: true });
      },
      (failure: unknown) => {
        const code = failure instanceof ApiFailure ? failure.code : null;
        setProblem(code === 'unauthorized' ? t('entry.linkRevoked') : code === 'conflict' ? t('entry.tooManyDevices') : errorMessage(t, failure));
      },
    );
  }, [workshopId, secret, t]);

  return (
    <PageShell>
      <div className="narrow">
        {problem ? (
          <>
            <p className="notice notice--error" role="alert">
              {problem}
            </p>
            <p>
              <a href="/join">{t('entry.joinWithCode')}</a>
            </p>
          </>
        ) : (
          <p className="loading" role="status">
            {t('entry.claiming')}
          </p>
        )}
      </div>
    </PageShell>
  );
}
