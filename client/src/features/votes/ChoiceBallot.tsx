/** Yes / no / abstain, or agree / stand aside / object: one radio group. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_CHOICES, YESNO_CHOICES } from '../../../../shared/voteKinds.js';
import type { BallotChoice, VoteSpec } from '../../../../shared/votes.js';

interface ChoiceBallotProps {
  spec: VoteSpec;
  choice: string | null;
  onChange: (choice: BallotChoice) => void;
}

/** Native radios: arrow keys move between the choices, as a screen-reader user expects. */
export function ChoiceBallot({ spec, choice, onChange }: ChoiceBallotProps) {
  const { t } = useTranslation();
  const name = useId();
  const choices = spec.kind === 'consent' ? CONSENT_CHOICES : YESNO_CHOICES;
  return (
    <fieldset className="ballot__choices">
      <legend>{t('ballot.choose')}</legend>
      {choices.map((value) => (
        <label key={value} className="ballot__choice">
          <input type="radio" name={name} value={value} checked={choice === value} onChange={() => onChange(value)} />
          {t(`votes.choices.${value}`)}
        </label>
      ))}
    </fieldset>
  );
}
