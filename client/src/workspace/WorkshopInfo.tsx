/** The workshop's title, country, dates and join code. */
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../../shared/api.js';

/** A side panel; the join code stays visible so latecomers can be told it. */
export function WorkshopInfo({ workshop }: { workshop: MeResponse['workshop'] }) {
  const { t } = useTranslation();
  const dates = workshop.startsOn ? t('workspace.dates', { from: workshop.startsOn, to: workshop.endsOn ?? workshop.startsOn }) : null;
  return (
    <section className="panel workshop-info" aria-labelledby="workshop-title">
      <h2 id="workshop-title">{workshop.title}</h2>
      {(workshop.country || dates) && <p className="hint">{[workshop.country, dates].filter(Boolean).join(' · ')}</p>}
      <p className="workshop-info__code">{t('workspace.joinCodeShort', { code: workshop.joinCode })}</p>
    </section>
  );
}
