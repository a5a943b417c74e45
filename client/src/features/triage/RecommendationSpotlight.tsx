/** A spotlit recommendation on the projector: paragraph, text, who recommended it, its themes, and what the room decided. */
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { effectiveThemes } from '../../../../shared/themeTags.js';
import { useSectionConnection } from '../../infra/collab/useSectionConnection.js';
import { useRecommendationRows } from './useRecommendationRows.js';
import './triage.css';

/** Opens the recommendations with the projector's token while shown. */
export function RecommendationSpotlight({ workshopId, token, recommendationKey }: { workshopId: string; token: string; recommendationKey: string }) {
  const connection = useSectionConnection(workshopId, 'recommendations', token);
  return connection ? <RecommendationSpotlightBody doc={connection.doc} recommendationKey={recommendationKey} /> : null;
}

function RecommendationSpotlightBody({ doc, recommendationKey }: { doc: Y.Doc; recommendationKey: string }) {
  const { t } = useTranslation();
  const recommendation = useRecommendationRows(doc).find((r) => r.key === recommendationKey);
  if (!recommendation) return <p className="empty">{t('spotlight.gone')}</p>;
  const themes = effectiveThemes(recommendation);
  return (
    <section className="spotlight" aria-labelledby="recommendation-spotlight-heading" data-testid="projector-spotlight">
      <h2 id="recommendation-spotlight-heading" className="spotlight__label">
        {t('spotlight.onScreen', { section: t('stages.recommendations') })}
      </h2>
      <article className="spotlight__card">
        <p className="spotlight__year">{recommendation.ref ?? ''}</p>
        <p className="spotlight__text">{recommendation.text}</p>
        <p className="spotlight__field-label">
          {[recommendation.recommendingStates.join(', '), t(`triage.responses.${recommendation.response}`)].filter(Boolean).join(' · ')}
        </p>
        {themes.length > 0 && (
          <p className="spotlight__field-label" data-testid="spotlight-themes">
            {t('triage.themeTags.title')}: {themes.join(', ')}
          </p>
        )}
        {recommendation.priority && <p className="spotlight__field-label">{t('triage.columns.priority')}: {t(`triage.priorities.${recommendation.priority}`)}</p>}
        {recommendation.leadOrganisations.length > 0 && (
          <p className="spotlight__field-label">{t('triage.columns.leads')}: {recommendation.leadOrganisations.join(', ')}</p>
        )}
      </article>
    </section>
  );
}
