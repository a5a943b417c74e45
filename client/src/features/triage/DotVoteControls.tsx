/** The facilitator opens a dot vote on the recommendations shown, and closes it. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TABLE_DOT_VOTE_SUBJECT } from '../../../../shared/voteKinds.js';
import type { VoteSummary } from '../../../../shared/votes.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { useWorkshopT } from '../../infra/i18n/useWorkshopT.js';
import { prioritiesFromDots } from './prioritiesFromDots.js';

/** A vote has at most 50 options (shared/votes.ts), so a longer list is cut and the facilitator told. */
const MAX_OPTIONS = 50;

interface DotVoteControlsProps {
  /** The recommendations the table shows now, in its order: they become the options. */
  candidateKeys: string[];
  open: VoteSummary | null;
  /** The newest triage dot vote, open or closed: once closed, its result can set the room's priorities. */
  latest: VoteSummary | null;
}

/** Dots per participant and stacking; then open, or close the open round. */
export function DotVoteControls({ candidateKeys, open, latest }: DotVoteControlsProps) {
  const { t } = useTranslation();
  const roomT = useWorkshopT();
  const { run, error, busy } = useCommand();
  const [perBallot, setPerBallot] = useState(3);
  const [stack, setStack] = useState(false);
  const options = candidateKeys.slice(0, MAX_OPTIONS);

  const handleOpen = (event: FormEvent) => {
    event.preventDefault();
    void run('vote:open', {
      kind: 'dots',
      question: roomT('triage.dots.question'),
      options,
      franchise: 'participant',
      secret: true,
      showResults: 'live',
      threshold: 'majority',
      dots: { perBallot, stack },
      subject: TABLE_DOT_VOTE_SUBJECT,
    });
  };

  return (
    <section className="panel dot-vote-controls" aria-labelledby="dot-vote-heading">
      <h2 id="dot-vote-heading">{t('triage.dots.title')}</h2>
      {open ? (
        <div className="actions">
          <p>{t('triage.dots.openNow', { ballots: open.turnout.ballots, present: open.turnout.present })}</p>
          <button type="button" className="button--danger" disabled={busy} onClick={() => void run('vote:close', { voteId: open.id })}>
            {t('triage.dots.close')}
          </button>
        </div>
      ) : (
        <form className="dot-vote-controls__form" onSubmit={handleOpen}>
          <div className="field">
            <label htmlFor="dots-per-ballot">{t('triage.dots.perParticipant')}</label>
            <input id="dots-per-ballot" type="number" min={1} max={100} value={perBallot} onChange={(event) => setPerBallot(Math.max(1, Math.min(100, Number(event.target.value) || 1)))} />
          </div>
          <label className="triage-filters__check">
            <input type="checkbox" checked={stack} onChange={(event) => setStack(event.target.checked)} />
            {t('triage.dots.stack')}
          </label>
          <button type="submit" className="button--primary" disabled={busy || options.length < 2}>
            {t('triage.dots.open', { count: options.length })}
          </button>
          {candidateKeys.length > MAX_OPTIONS && <p className="hint">{t('triage.dots.tooMany', { max: MAX_OPTIONS })}</p>}
          {options.length < 2 && <p className="hint">{t('triage.dots.needTwo')}</p>}
        </form>
      )}
      {!open && latest?.result && <PrioritiesFromVote vote={latest} counts={latest.result.counts} />}
      {error && <p className="notice notice--error" role="alert">{error}</p>}
    </section>
  );
}

/** One click: the closed vote's ranking becomes the room's priorities (recorded in the audit log with the vote). */
function PrioritiesFromVote({ vote, counts }: { vote: VoteSummary; counts: Record<string, number> }) {
  const { t } = useTranslation();
  const { run, error, busy } = useCommand();
  const [applied, setApplied] = useState<string | null>(null);
  const priorities = prioritiesFromDots(counts);
  const count = Object.keys(priorities).length;
  if (count === 0) return null;
  const handleApply = () => {
    void run('priority:set', { priorities, fromVoteId: vote.id }).then((outcome) => setApplied(outcome.ok ? vote.id : null));
  };
  return (
    <div className="dot-vote-controls__priorities">
      <button type="button" className="button--primary" disabled={busy} onClick={handleApply}>
        {t('triage.dots.setPriorities', { count })}
      </button>
      <p className="hint">{t('triage.dots.setPrioritiesHint')}</p>
      {applied === vote.id && <p className="notice" role="status">{t('triage.dots.prioritiesSet', { count })}</p>}
      {error && <p className="notice notice--error" role="alert">{error}</p>}
    </div>
  );
}
