/** Dot voting: "−" and "+" per option, within the ballot's dots (and one per option unless stacking). */
import { useTranslation } from 'react-i18next';
import type { VoteSpec } from '../../../../shared/votes.js';
import { addDot, canAddDot, dotsLeft, removeDot, type DotPlacement } from './ballotBuilding.js';

interface DotsBallotProps {
  spec: VoteSpec;
  dots: DotPlacement;
  onChange: (dots: DotPlacement) => void;
}

/** The dots left are announced politely as they change. */
export function DotsBallot({ spec, dots, onChange }: DotsBallotProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="ballot__choices">
      <legend>{t('ballot.choose')}</legend>
      <p className="ballot__left" aria-live="polite" data-testid="dots-left">
        {t('ballot.dotsLeft', { count: dotsLeft(spec, dots) })}
      </p>
      <ul className="ballot__list">
        {(spec.options ?? []).map((option) => {
          const placed = dots[option] ?? 0;
          return (
            <li key={option} className="ballot__row">
              <span className="ballot__option">{option}</span>
              <button type="button" className="ballot__step" aria-label={t('ballot.removeDot', { option })} disabled={placed === 0} onClick={() => onChange(removeDot(dots, option))}>
                −
              </button>
              <span className="ballot__dots">{t('ballot.dotsOn', { count: placed })}</span>
              <button type="button" className="ballot__step" aria-label={t('ballot.addDot', { option })} disabled={!canAddDot(spec, dots, option)} onClick={() => onChange(addDot(spec, dots, option))}>
                +
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
