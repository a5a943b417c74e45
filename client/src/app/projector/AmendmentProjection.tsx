/** The amendment under vote: which paragraph, who proposes it and why, and the words that would change. */
import { useTranslation } from 'react-i18next';
import type { Amendment } from '../../../../shared/amendments.js';
import { WordDiffView } from '../../features/charter/amendments/WordDiffView.js';
import '../../features/charter/amendments/amendments.css';
// Words that load with this screen, not with the first visit.
import './screenCatalogue.js';

export function AmendmentProjection({ amendment }: { amendment: Amendment }) {
  const { t } = useTranslation();
  const { author } = amendment;
  return (
    <section className="projection amendment-projection" aria-labelledby="amendment-projection-heading" data-testid="projector-amendment">
      <h2 id="amendment-projection-heading">{t('screen.amendment.heading', { number: amendment.paragraph.index + 1 })}</h2>
      <p className="amendment-projection__by">
        {author.organisation ? t('amendments.by', { name: author.name, organisation: author.organisation }) : t('amendments.byNoOrganisation', { name: author.name })}
      </p>
      <WordDiffView before={amendment.paragraph.text} after={amendment.replacement} />
      {amendment.reason.trim() && <p className="amendment-projection__reason">{t('amendments.reason', { reason: amendment.reason })}</p>}
    </section>
  );
}
