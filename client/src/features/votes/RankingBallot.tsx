/** Ranking: the options in order, each with "move up" and "move down" buttons. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { moveOption } from './ballotBuilding.js';

interface RankingBallotProps {
  order: string[];
  onChange: (order: string[]) => void;
}

/**
 * Buttons rather than dragging, so a keyboard works; focus follows the moved option's button,
 * so pressing "move up" again keeps moving the same option.
 */
export function RankingBallot({ order, onChange }: RankingBallotProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);

  const handleMove = (index: number, delta: -1 | 1) => {
    const option = order[index];
    onChange(moveOption(order, index, delta));
    const edge = index + delta === 0 || index + delta === order.length - 1;
    // At the top or bottom the pressed button disables itself; focus then goes to its twin.
    const wanted = delta === -1 ? (edge ? 'down' : 'up') : edge ? 'up' : 'down';
    requestAnimationFrame(() => list.current?.querySelector<HTMLButtonElement>(`[data-option="${CSS.escape(option ?? '')}"][data-move="${wanted}"]`)?.focus());
  };

  return (
    <fieldset className="ballot__choices">
      <legend>{t('ballot.rankingHint')}</legend>
      <ol className="ballot__list" ref={list}>
        {order.map((option, index) => (
          <li key={option} className="ballot__row">
            <span className="ballot__rank">{t('ballot.rank', { rank: index + 1 })}</span>
            <span className="ballot__option">{option}</span>
            <button type="button" className="ballot__step" data-option={option} data-move="up" aria-label={t('ballot.moveUp', { option })} disabled={index === 0} onClick={() => handleMove(index, -1)}>
              ↑
            </button>
            <button type="button" className="ballot__step" data-option={option} data-move="down" aria-label={t('ballot.moveDown', { option })} disabled={index === order.length - 1} onClick={() => handleMove(index, 1)}>
              ↓
            </button>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
