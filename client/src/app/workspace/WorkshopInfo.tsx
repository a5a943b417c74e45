/** The workshop's title, country, dates and join code. */
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../../../shared/api.js';
import { formatDate } from '../../infra/i18n/formatting.js';

/** A calendar date (YYYY-MM-DD) in the reader's language; read as UTC so it never shifts a day. */
function formatCalendarDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return formatDate(language, date, 'date', 'UTC');
}

/** A side panel; the join code stays visible so latecomers can be told it. */
export function WorkshopInfo({ workshop }: { workshop: MeResponse['workshop'] }) {
  const { t, i18n } = useTranslation();
  const format = (isoDate: string) => formatCalendarDate(isoDate, i18n.resolvedLanguage ?? 'en');
  const dates = workshop.startsOn
    ? t('workspace.dates', { from: format(workshop.startsOn), to: format(workshop.endsOn ?? workshop.startsOn) })
    : null;
  return (
    <section className="panel workshop-info" aria-labelledby="workshop-title">
      <h2 id="workshop-title">{workshop.title}</h2>
      {(workshop.country || dates) && <p className="hint">{[workshop.country, dates].filter(Boolean).join(' · ')}</p>}
      <p className="workshop-info__code">{t('workspace.joinCodeShort', { code: workshop.joinCode })}</p>
    </section>
  );
}
