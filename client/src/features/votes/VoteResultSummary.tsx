/** A closed vote's verdict: passed or not, quorum, threshold, turnout, the charter hash for an adoption, and the chart. */
import { useTranslation } from 'react-i18next';
import type { VoteResult, VoteSpec } from '../../../../shared/votes.js';
import { choiceLabel } from './voteLabels.js';
import { VoteChart } from './VoteChart.js';

interface VoteResultSummaryProps {
  spec: VoteSpec;
  result: VoteResult;
  size?: 'panel' | 'wall';
}

/** The verdict is a word and a colour-independent mark, never colour alone. */
export function VoteResultSummary({ spec, result, size = 'panel' }: VoteResultSummaryProps) {
  const { t } = useTranslation();
  const { quorum, threshold, turnout } = result;
  return (
    <div className={`vote-result vote-result--${result.passed ? 'passed' : 'failed'}`} data-testid="vote-result">
      <p className="vote-result__verdict">
        <span aria-hidden="true">{result.passed ? '✓ ' : '✗ '}</span>
        {result.passed ? t('votes.result.passed') : t('votes.result.failed')}
      </p>
      <VoteChart spec={spec} counts={result.counts} size={size} />
      <ul className="vote-result__facts">
        <li>{t('votes.result.turnout', turnout)}</li>
        {quorum.required !== null && (
          <li>{t(quorum.met ? 'votes.result.quorumMet' : 'votes.result.quorumNotMet', { ballots: turnout.ballots, required: quorum.required })}</li>
        )}
        <li>{t('votes.result.threshold', { rule: t(`votes.thresholds.${threshold.rule}`), for: threshold.for, against: threshold.against })}</li>
        {result.leading && <li>{t('votes.result.leading', { option: choiceLabel(t, result.leading) })}</li>}
        {result.charterHash && (
          <li className="vote-result__hash" data-testid="vote-result-hash">
            {t('votes.result.charterHash', { hash: result.charterHash })}
          </li>
        )}
      </ul>
    </div>
  );
}
