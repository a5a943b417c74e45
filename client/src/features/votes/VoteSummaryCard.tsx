/** One vote as everyone may see it: question, rules, turnout, live counts when shown, the result once closed. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoteSummary } from '../../../../shared/votes.js';
import { VoteChart } from './VoteChart.js';
import { VoteResultSummary } from './VoteResultSummary.js';
import './votes.css';

interface VoteSummaryCardProps {
  vote: VoteSummary;
  /** What the reader may do with the vote: close it, or cast a ballot. */
  children?: ReactNode;
  size?: 'panel' | 'wall';
}

/** The turnout and results are a polite live region: a change is read out without moving focus. */
export function VoteSummaryCard({ vote, children, size = 'panel' }: VoteSummaryCardProps) {
  const { t } = useTranslation();
  const { spec } = vote;
  const headingId = `vote-${vote.id}-question`;
  return (
    <article className="vote-card" aria-labelledby={headingId} data-testid="vote-card" data-vote-status={vote.status}>
      <h3 id={headingId} className="vote-card__question">
        {spec.adopt === 'charter' && <span className="vote-card__kind">{t('votes.adoption')}: </span>}
        {spec.question}
      </h3>
      <p className="vote-card__rules">
        {t(`votes.kinds.${spec.kind}`)}
        {spec.secret && <span className="badge">{t('votes.secretBadge')}</span>}
        {spec.franchise === 'organisation' && <span className="badge">{t('votes.organisationBadge')}</span>}
      </p>
      <div aria-live="polite" className="vote-card__live">
        {vote.status === 'open' && (
          <>
            <p className="vote-card__turnout" data-testid="vote-turnout">
              {t('votes.turnout', vote.turnout)}
            </p>
            {vote.live ? (
              <VoteChart spec={spec} counts={vote.live.counts} method={t('votes.result.live')} size={size} />
            ) : (
              <p className="hint">{t('votes.result.hidden')}</p>
            )}
          </>
        )}
        {vote.result && <VoteResultSummary spec={spec} result={vote.result} size={size} />}
      </div>
      {children}
    </article>
  );
}
