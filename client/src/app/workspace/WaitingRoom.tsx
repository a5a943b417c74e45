/** A newcomer on the waiting list: what happens next, in plain words, until the facilitator admits them and the page moves on by itself. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../../../shared/api.js';
import { watchAdmission } from '../../infra/control/admissionWatch.js';
import { PageShell } from '../../infra/ui/PageShell.js';

interface WaitingRoomProps {
  token: string;
  me: MeResponse;
  /** Asks who this page is again: admitted, it opens the workspace. */
  onChanged: () => void;
}

export function WaitingRoom({ token, me, onChanged }: WaitingRoomProps) {
  const { t } = useTranslation();
  const [connected, setConnected] = useState(true);
  useEffect(() => watchAdmission(token, onChanged, setConnected), [token, onChanged]);
  return (
    <PageShell>
      <div className="narrow waiting-room" data-testid="waiting-room">
        <h1>{t('accreditation.waitingPage.title')}</h1>
        <p className="loading" role="status">
          {t('accreditation.waitingPage.body')}
        </p>
        <p className="hint">{t('accreditation.waitingPage.you', { name: me.identity.name, organisation: me.identity.organisation ?? '' })}</p>
        {!connected && <p className="notice">{t('accreditation.waitingPage.offline')}</p>}
      </div>
    </PageShell>
  );
}
