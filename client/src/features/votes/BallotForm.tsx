/**
 * A participant's ballot in one open vote: the choice per kind, cast or replace until close,
 * and what the server says counts for them (or their organisation). Each cast attempt carries a
 * request id; sending the same ballot again after a timeout reuses it, so it counts once.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BallotChoice, VoteSummary } from '../../../../shared/votes.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { usePageSession } from '../../infra/session/SessionContext.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import { ApprovalBallot } from './ApprovalBallot.js';
import { ChoiceBallot } from './ChoiceBallot.js';
import { DotsBallot } from './DotsBallot.js';
import { RankingBallot } from './RankingBallot.js';
import { requestIdFor, type CastAttempt } from './requestId.js';
import { useBallotDraft } from './useBallotDraft.js';
import { useBallotNotice } from './useBallotNotice.js';
import { describeChoice } from './voteLabels.js';

type Counted = 'cast' | 'replaced' | 'repeated';

/** Hides the cast button when a fellow delegate's ballot already speaks for the organisation. */
export function BallotForm({ vote }: { vote: VoteSummary }) {
  const { t } = useTranslation();
  const { spec } = vote;
  const session = usePageSession();
  const notice = useBallotNotice(vote.id);
  const command = useCommand();
  const [choice, setChoice] = useBallotDraft(spec, notice?.choice ?? null);
  const [unanswered, setUnanswered] = useState<CastAttempt | null>(null);
  const [counted, setCounted] = useState<Counted | null>(null);
  const mine = notice !== null && notice.castBy.participantId === session?.identity.participantId;
  const byFellowDelegate = notice !== null && !mine;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (choice === null) return;
    const attempt = requestIdFor(unanswered, JSON.stringify(choice));
    setUnanswered(attempt);
    setCounted(null);
    const outcome = await command.run('vote:cast', { voteId: vote.id, choice, requestId: attempt.requestId });
    // Only an unanswered attempt may be sent again under its id; any answer settles it.
    const settled = outcome.ok || (outcome.error.code !== 'timeout' && outcome.error.code !== 'offline');
    if (settled) setUnanswered(null);
    if (outcome.ok) setCounted(outcome.ballot);
  };

  return (
    <form className="ballot" onSubmit={(event) => void handleSubmit(event)} aria-label={t('ballot.title')}>
      {vote.charterHash && (
        <p className="ballot__hash" data-testid="ballot-charter-hash">
          {t('ballot.adoptionText', { hash: vote.charterHash })}
        </p>
      )}
      {spec.secret && <p className="hint">{t('ballot.secret')}</p>}
      {spec.franchise === 'organisation' && <p className="hint">{t('ballot.organisationFranchise')}</p>}
      <BallotFields vote={vote} choice={choice} onChange={setChoice} />
      <div aria-live="polite" className="ballot__status" data-testid="ballot-status">
        {counted && <p className="ballot__counted">{t(`ballot.counted.${counted}`)}</p>}
        {notice && (
          <p>
            {mine ? t('ballot.youVoted') : t('ballot.organisationVoted', { name: notice.castBy.name })}{' '}
            {notice.choice !== null && t('ballot.countedChoice', { choice: describeChoice(t, spec, notice.choice) })}{' '}
            {mine && t('ballot.changeUntilClose')}
          </p>
        )}
      </div>
      <ErrorNotice message={command.error} />
      {!byFellowDelegate && (
        <div className="actions">
          <button type="submit" className="button--primary" disabled={command.busy || choice === null}>
            {unanswered && command.error ? t('ballot.retry') : notice ? t('ballot.replace') : t('ballot.cast')}
          </button>
          {choice === null && <p className="hint">{t('ballot.nothingChosen')}</p>}
        </div>
      )}
    </form>
  );
}

interface BallotFieldsProps {
  vote: VoteSummary;
  choice: BallotChoice | null;
  onChange: (choice: BallotChoice) => void;
}

/** The fields for the vote's kind. */
function BallotFields({ vote, choice, onChange }: BallotFieldsProps) {
  const { spec } = vote;
  switch (spec.kind) {
    case 'yesno':
    case 'consent':
      return <ChoiceBallot spec={spec} choice={typeof choice === 'string' ? choice : null} onChange={onChange} />;
    case 'approval':
      return <ApprovalBallot spec={spec} approved={Array.isArray(choice) ? choice : []} onChange={onChange} />;
    case 'dots':
      return <DotsBallot spec={spec} dots={choice && typeof choice === 'object' && !Array.isArray(choice) ? choice : {}} onChange={onChange} />;
    case 'ranking':
      return <RankingBallot order={Array.isArray(choice) ? choice : (spec.options ?? [])} onChange={onChange} />;
  }
}
