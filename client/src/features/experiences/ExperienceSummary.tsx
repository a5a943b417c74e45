/** A card in a few lines, for the board and the timeline. */
import { useTranslation } from 'react-i18next';
import type { CardWithFollowUp } from './experienceGroups.js';

/** Year, what happened, assessment, lesson. */
export function ExperienceSummary({ card }: { card: CardWithFollowUp }) {
  const { t } = useTranslation();
  return (
    <div className="summary-card">
      <p className="summary-card__meta">
        {card.year ?? t('experiences.noYear')}
        {card.assessment && <span className={`assessment assessment--${card.assessment}`}> {t(`followUp.assessments.${card.assessment}`)}</span>}
      </p>
      <p>{card.happened || <span className="empty">{t('followUp.nothingWritten')}</span>}</p>
      {card.lesson && <p className="hint">{t('followUp.lesson', { lesson: card.lesson })}</p>}
    </div>
  );
}
