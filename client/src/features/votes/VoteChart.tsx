/** A result as a table whose cells carry plain CSS bars: readable as numbers by screen readers, as bars by the room. */
import { useTranslation } from 'react-i18next';
import type { VoteSpec } from '../../../../shared/votes.js';
import { choiceLabel, countingMethod, resultRows } from './voteLabels.js';

interface VoteChartProps {
  spec: VoteSpec;
  counts: Record<string, number>;
  /** The live count's note; a result says how it was counted (Borda points for a ranking), in the reader's language. */
  method?: string;
  size?: 'panel' | 'wall';
}

/** Bars scale to the largest count, so a small room's result still fills the width. */
export function VoteChart({ spec, counts, method, size = 'panel' }: VoteChartProps) {
  const { t } = useTranslation();
  const rows = resultRows(spec, counts);
  const largest = Math.max(1, ...rows.map((row) => row.count));
  return (
    <table className={`vote-chart vote-chart--${size}`} data-testid="vote-chart">
      <caption className="visually-hidden">{t('votes.result.chart', { question: spec.question })}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{t('votes.result.option')}</th>
          <th scope="col">{t('votes.result.count')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ choice, count }) => (
          <tr key={choice}>
            <th scope="row" className="vote-chart__label">{choiceLabel(t, choice)}</th>
            <td className="vote-chart__value">
              <span className="vote-chart__bar" aria-hidden="true" style={{ width: `${(count / largest) * 100}%` }} />
              <span className="vote-chart__count">{count}</span>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={2} className="hint">{method ?? countingMethod(t, spec)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
