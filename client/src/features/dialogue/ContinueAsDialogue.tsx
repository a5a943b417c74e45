/**
 * From the console: start a dialogue day continuing this live workshop (its recommendations, plan
 * and charter; this workshop is only read), then hand out the new workshop's links and join code.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateWorkshopResponse } from '../../../../shared/api.js';
import { continueLiveWorkshop } from './continueLiveWorkshop.js';
import { CopyField } from '../../infra/ui/CopyField.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import { LinkFields } from '../../infra/ui/LinkFields.js';
// Words that load with this screen, not with the first visit.
import './dialogueCatalogue.js';

export function ContinueAsDialogue({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreateWorkshopResponse | null>(null);

  const handleContinue = async () => {
    setBusy(true);
    setError(null);
    try {
      setCreated(await continueLiveWorkshop(token, workshopId));
    } catch (failure) {
      // Not `errorMessage`: importing it here splits a chunk of the participant's first visit in two.
      setError(t('dialogue.organiser.failed', { reason: failure instanceof Error ? failure.message : String(failure) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="continue-dialogue" data-testid="continue-dialogue">
      <p className="hint">{t('dialogue.organiser.consoleHint')}</p>
      <button type="button" className="button--primary" disabled={busy} onClick={() => void handleContinue()}>
        {t('dialogue.organiser.continueLive')}
      </button>
      <ErrorNotice message={error} />
      {created && (
        <section className="panel panel--success" aria-label={t('dialogue.organiser.linksOfNew')} data-testid="dialogue-day-links">
          <p role="status">{t('dialogue.organiser.started')}</p>
          <CopyField label={t('organiser.joinCode')} value={created.joinCode} large />
          <LinkFields join={created.links.join} projector={created.links.projector} facilitator={created.links.facilitator} reach={created.links.reach} />
        </section>
      )}
    </div>
  );
}
