/** The top recommendations of the latest dot vote as horizontal bars: for the projector and the triage view. */
import { useTranslation } from 'react-i18next';
import type { VoteSummary } from '../../../../shared/votes.js';
import { dotCounts, topOptions } from './openDotVote.js';

interface DotVoteChartProps {
  vote: VoteSummary;
  /** Names a recommendation key, e.g. its paragraph and the start of its text. */
  describe: (key: string) => string;
  limit?: number;
  large?: boolean;
}

/** Plain CSS bars, each with its count in words, so the chart is read without colour. */
export function DotVoteChart({ vote, describe, limit = 10, large = false }: DotVoteChartProps) {
  const { t } = useTranslation();
  const top = topOptions(dotCounts(vote), limit);
  const max = top[0]?.dots ?? 0;
  return (
    <figure className={`dot-chart${large ? ' dot-chart--large' : ''}`} data-testid="dot-chart">
      <figcaption>
        {t(vote.status === 'open' ? 'triage.dots.chartLive' : 'triage.dots.chartClosed', { count: vote.turnout.ballots })}
      </figcaption>
      {top.length === 0 ? (
        <p className="empty">{t('triage.dots.noDotsYet')}</p>
      ) : (
        <ol className="dot-chart__bars">
          {top.map(({ option, dots }) => (
            <li key={option} className="dot-chart__row">
              <span className="dot-chart__label">{describe(option)}</span>
              <span className="dot-chart__track">
                <span className="dot-chart__bar" style={{ width: `${(dots / max) * 100}%` }} />
              </span>
              <span className="dot-chart__count">{t('triage.dots.count', { count: dots })}</span>
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}
