/** The experiences on the 2010–2015 timeline, large and read-only, for the room's screen. */
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { EXPERIENCE_TEXT_FIELDS } from '../../../shared/experiences.js';
import { groupByYear } from '../experiences/groupByYear.js';
import { useCardsData } from '../experiences/useCardsData.js';

/** One column per year that has cards; empty fields are left out to save space. */
export function ExperiencesProjection({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const cards = useCardsData(doc);
  return (
    <section className="projection" aria-labelledby="projection-heading">
      <div className="section__head">
        <h2 id="projection-heading">{t('experiences.title')}</h2>
        <p className="section__count">{t('experiences.count', { count: cards.length })}</p>
      </div>
      {cards.length === 0 && <p className="empty">{t('experiences.empty')}</p>}
      <div className="timeline">
        {groupByYear(cards).map((group) => (
          <section key={group.year ?? 'none'} className="timeline__year" aria-label={group.year ? String(group.year) : t('experiences.noYear')}>
            <h3>{group.year ?? t('experiences.noYear')}</h3>
            {group.items.map((card) => (
              <article key={card.id} className="projection-card" data-card-id={card.id}>
                {EXPERIENCE_TEXT_FIELDS.filter((field) => card[field].trim()).map((field) => (
                  <p key={field}>
                    <span className="projection-card__label">{t(`experiences.${field}`)}</span> {card[field]}
                  </p>
                ))}
              </article>
            ))}
          </section>
        ))}
      </div>
    </section>
  );
}
