/** The experiences on the wall, read-only and paged: card by card in the order of the 2010–2015 timeline. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { EXPERIENCE_TEXT_FIELDS } from '../../../../shared/experiences.js';
import { groupByYear } from '../../features/experiences/groupByYear.js';
import { useCardsData } from '../../features/experiences/useCardsData.js';
import { ProjectorPages } from './ProjectorPages.js';
// Words that load with this screen, not with the first visit.
import './screenCatalogue.js';

/** Empty fields are left out to save space. */
export function ExperiencesProjection({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const cards = useCardsData(doc);
  const inYearOrder = useMemo(() => groupByYear(cards).flatMap((group) => group.items.map((card) => ({ card, year: group.year }))), [cards]);
  return (
    <section className="projection" aria-labelledby="projection-heading" data-testid="experiences-projection">
      <h2 id="projection-heading" className="visually-hidden">
        {t('experiences.title')}
      </h2>
      {inYearOrder.length === 0 ? (
        <p className="projection__empty">{t('screen.nothingYet')}</p>
      ) : (
        <ProjectorPages
          items={inYearOrder}
          keyOf={({ card }) => card.id}
          render={({ card, year }) => (
            <article className="projection-row" data-card-id={card.id} aria-label={year ? String(year) : t('experiences.noYear')}>
              <p className="projection-row__subject">{year ?? t('experiences.noYear')}</p>
              <dl className="projection-row__fields">
                {EXPERIENCE_TEXT_FIELDS.filter((field) => card[field].trim()).map((field) => (
                  <div key={field}>
                    <dt>{t(`experiences.${field}`)}</dt>
                    <dd>{card[field]}</dd>
                  </div>
                ))}
              </dl>
            </article>
          )}
        />
      )}
    </section>
  );
}
