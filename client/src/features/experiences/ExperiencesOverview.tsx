/** The cards seen together: a board by theme, a timeline by year, and the previous review's recommendations with their assessments. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { ExperienceSummary } from './ExperienceSummary.js';
import { groupByTheme } from './experienceGroups.js';
import { groupByYear } from './groupByYear.js';
import { PreviousRecommendations } from './PreviousRecommendations.js';
import { useCardsWithFollowUp } from './useCardsWithFollowUp.js';
import './followUp.css';

const VIEWS = ['board', 'timeline', 'previous'] as const;
type OverviewView = (typeof VIEWS)[number];

/** A toggle of three read-only views; the cards above stay the place to edit. */
export function ExperiencesOverview({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const [view, setView] = useState<OverviewView>('board');
  return (
    <section className="section experiences-overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('followUp.overview')}</h2>
      <div className="view-toggle" role="group" aria-label={t('followUp.overview')}>
        {VIEWS.map((option) => (
          <button key={option} type="button" aria-pressed={view === option} onClick={() => setView(option)}>
            {t(`followUp.views.${option}`)}
          </button>
        ))}
      </div>
      {view === 'previous' ? <PreviousRecommendations doc={doc} /> : <CardGroups doc={doc} byTheme={view === 'board'} />}
    </section>
  );
}

function CardGroups({ doc, byTheme }: { doc: Y.Doc; byTheme: boolean }) {
  const { t } = useTranslation();
  const cards = useCardsWithFollowUp(doc);
  const groups = byTheme
    ? groupByTheme(cards).map((g) => ({ key: g.theme ?? '-', title: g.theme ?? t('followUp.noTheme'), cards: g.cards }))
    : groupByYear(cards).map((g) => ({ key: String(g.year), title: g.year === null ? t('experiences.noYear') : String(g.year), cards: g.items }));
  if (groups.length === 0) return <p className="empty">{t('experiences.empty')}</p>;
  return (
    // The timeline scrolls sideways: focusable and named, so keyboard users can scroll it too.
    <div
      className={byTheme ? 'board' : 'year-line'}
      data-testid={byTheme ? 'experience-board' : 'experience-timeline'}
      {...(byTheme ? {} : { tabIndex: 0, role: 'region', 'aria-label': t('followUp.views.timeline') })}
    >
      {groups.map((group) => (
        <section key={group.key} className="board__column" aria-label={group.title}>
          <h3>{group.title}</h3>
          <ul>
            {group.cards.map((card) => (
              <li key={card.id}>
                <ExperienceSummary card={card} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
