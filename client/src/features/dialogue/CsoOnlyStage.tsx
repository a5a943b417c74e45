/**
 * What a Government, UN or NHRC participant sees while the room works in a section among CSOs
 * only: a friendly word that they will be brought back, and nothing of that section (their page
 * never opens it). Loaded on demand, with the dialogue day's words.
 */
import { useTranslation } from 'react-i18next';
// Words that load with this screen, not with the first visit.
import './dialogueCatalogue.js';

export function CsoOnlyStage() {
  const { t } = useTranslation();
  return (
    <section className="panel cso-only" aria-labelledby="cso-only-heading" data-testid="cso-only-stage">
      <h2 id="cso-only-heading">{t('dialogue.csoOnly.title')}</h2>
      <p>{t('dialogue.csoOnly.body')}</p>
      <p className="hint">{t('dialogue.csoOnly.hint')}</p>
    </section>
  );
}

export default CsoOnlyStage;
