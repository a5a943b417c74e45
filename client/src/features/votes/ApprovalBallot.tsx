/** Approval voting: a checkbox per option. */
import { useTranslation } from 'react-i18next';
import type { VoteSpec } from '../../../../shared/votes.js';
import { toggleApproval } from './ballotBuilding.js';

interface ApprovalBallotProps {
  spec: VoteSpec;
  approved: string[];
  onChange: (approved: string[]) => void;
}

/** Approving none is a valid ballot: it says "none of these". */
export function ApprovalBallot({ spec, approved, onChange }: ApprovalBallotProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="ballot__choices">
      <legend>{t('ballot.approve')}</legend>
      {(spec.options ?? []).map((option) => (
        <label key={option} className="ballot__choice">
          <input type="checkbox" checked={approved.includes(option)} onChange={(event) => onChange(toggleApproval(spec, approved, option, event.target.checked))} />
          {option}
        </label>
      ))}
    </fieldset>
  );
}
