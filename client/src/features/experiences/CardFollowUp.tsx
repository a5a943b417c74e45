/**
 * What a card says about the previous review: the recommendations it concerns (searchable),
 * how far they were implemented and on what evidence, and its themes.
 */
import { useTranslation } from 'react-i18next';
import { ASSESSMENTS, type Assessment, cardEvidence, cardLinks, cardThemes, setCardAssessment, setListed } from '../../../../shared/experienceFollowUp.js';
import type { ExperienceCard } from '../../../../shared/experiences.js';
import { CollaborativeText } from '../../infra/collab/CollaborativeText.js';
import { RecommendationPicker } from '../rows/RecommendationPicker.js';
import { useRecommendationCandidates } from '../rows/useRecommendationCandidates.js';
import { DEFAULT_THEMES } from './defaultThemes.js';
import { ThemesEditor } from './ThemesEditor.js';
import { useCardFollowUpFields } from './useCardFollowUpFields.js';

/** Rendered inside an experience card, below its text fields. */
export function CardFollowUp({ card, cardId, readOnly }: { card: ExperienceCard; cardId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const { recommendationKeys, assessment, themes } = useCardFollowUpFields(card);
  const { candidates } = useRecommendationCandidates('previous');
  const fieldId = (field: string) => `card-${cardId}-${field}`;
  return (
    <div className="card-follow-up">
      <RecommendationPicker
        candidates={candidates}
        selected={recommendationKeys}
        onChange={(key, linked) => setListed(cardLinks(card), key, linked)}
        idPrefix={fieldId('links')}
        label={t('followUp.links')}
        readOnly={readOnly}
      />
      <div className="field">
        <label htmlFor={fieldId('assessment')}>{t('followUp.assessment')}</label>
        <select
          id={fieldId('assessment')}
          value={assessment ?? ''}
          disabled={readOnly}
          onChange={(event) => setCardAssessment(card, (event.target.value || null) as Assessment | null)}
        >
          <option value="">{t('followUp.notAssessed')}</option>
          {ASSESSMENTS.map((option) => (
            <option key={option} value={option}>{t(`followUp.assessments.${option}`)}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={fieldId('evidence')}>{t('followUp.evidence')}</label>
        <CollaborativeText id={fieldId('evidence')} text={cardEvidence(card)} rows={2} readOnly={readOnly} />
      </div>
      <ThemesEditor themes={themes} suggestions={DEFAULT_THEMES} onChange={(theme, listed) => setListed(cardThemes(card), theme, listed)} idPrefix={fieldId('themes')} readOnly={readOnly} />
    </div>
  );
}
