/** The spotlighted item, as large as the screen allows: for an experience card, its year and texts. */
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { EXPERIENCE_TEXT_FIELDS } from '../../../../shared/experiences.js';
import type { Spotlight } from '../../../../shared/events.js';
import { useCardsData } from '../../features/experiences/useCardsData.js';

/** A card removed after it was spotlit says so instead of showing nothing. */
export function SpotlightProjection({ spotlight, experiences }: { spotlight: Spotlight; experiences: Y.Doc | null }) {
  const { t } = useTranslation();
  return (
    <section className="spotlight" aria-labelledby="spotlight-projection-heading" data-testid="projector-spotlight">
      <h2 id="spotlight-projection-heading" className="spotlight__label">
        {t('spotlight.onScreen', { section: t(`stages.${spotlight.section}`) })}
      </h2>
      {spotlight.section === 'experiences' && experiences ? (
        <ExperienceSpotlight doc={experiences} cardId={spotlight.itemId} />
      ) : (
        <p className="empty">{t('spotlight.unavailable')}</p>
      )}
    </section>
  );
}

function ExperienceSpotlight({ doc, cardId }: { doc: Y.Doc; cardId: string }) {
  const { t } = useTranslation();
  const card = useCardsData(doc).find((candidate) => candidate.id === cardId);
  if (!card) return <p className="empty">{t('spotlight.gone')}</p>;
  return (
    <article className="spotlight__card" data-card-id={card.id}>
      <p className="spotlight__year">{card.year ?? t('experiences.noYear')}</p>
      {EXPERIENCE_TEXT_FIELDS.filter((field) => card[field].trim()).map((field) => (
        <div key={field} className="spotlight__field">
          <p className="spotlight__field-label">{t(`experiences.${field}`)}</p>
          <p className="spotlight__text">{card[field]}</p>
        </div>
      ))}
    </article>
  );
}
