/**
 * Counting, one pure function per kind. Ballots reach these functions already validated against
 * their vote (`choiceProblem`), so a count never has to guess what a ballot meant.
 */
import type { BallotChoice, Tally, VoteSpec } from '../../shared/votes.js';

const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<string, number>;

function countFixed(choices: readonly BallotChoice[], keys: readonly string[], method: string): Tally {
  const counts = zeros(keys);
  for (const choice of choices) if (typeof choice === 'string' && Object.hasOwn(counts, choice)) counts[choice]! += 1;
  return { counts, ballots: choices.length, backers: {}, method };
}

/** Yes, no, abstain: abstentions are counted but weigh neither way. */
export function countYesNo(choices: readonly BallotChoice[]): Tally {
  return countFixed(choices, ['yes', 'no', 'abstain'], 'one mark per ballot; abstentions count toward turnout only');
}

/** Agree, stand aside, object: standing aside lets a decision pass without joining it. */
export function countConsent(choices: readonly BallotChoice[]): Tally {
  return countFixed(choices, ['agree', 'stand-aside', 'object'], 'one mark per ballot; standing aside counts toward turnout only');
}

/** Approval: each ballot approves any number of options; an option's count is its approvals. */
export function countApproval(options: readonly string[], choices: readonly BallotChoice[]): Tally {
  const counts = zeros(options);
  for (const choice of choices) if (Array.isArray(choice)) for (const option of choice) counts[option]! += 1;
  return { counts, ballots: choices.length, backers: { ...counts }, method: 'approval: each ballot approves any number of options' };
}

/** Dot voting: an option's count is its dots; its backers are the ballots that gave it at least one. */
export function countDots(options: readonly string[], choices: readonly BallotChoice[]): Tally {
  const counts = zeros(options);
  const backers = zeros(options);
  for (const choice of choices) {
    if (typeof choice !== 'object' || Array.isArray(choice)) continue;
    for (const [option, dots] of Object.entries(choice)) {
      counts[option]! += dots;
      if (dots > 0) backers[option]! += 1;
    }
  }
  return { counts, ballots: choices.length, backers, method: 'dot voting: an option scores the dots placed on it' };
}

/**
 * Borda count: with n options a ballot gives n−1 points to its first choice, n−2 to its second,
 * and so on; options it leaves unranked get nothing. Backers are the ballots ranking it first.
 */
export function countRanking(options: readonly string[], choices: readonly BallotChoice[]): Tally {
  const counts = zeros(options);
  const backers = zeros(options);
  for (const choice of choices) {
    if (!Array.isArray(choice)) continue;
    choice.forEach((option, place) => (counts[option]! += options.length - 1 - place));
    if (choice[0] !== undefined) backers[choice[0]]! += 1;
  }
  const method = `Borda count: with ${options.length} options a ballot gives ${options.length - 1} points to its first choice, one fewer to each next, none to options it leaves unranked`;
  return { counts, ballots: choices.length, backers, method };
}

/** Counts the ballots of a vote by its kind. */
export function tally(spec: VoteSpec, choices: readonly BallotChoice[]): Tally {
  const options = spec.options ?? [];
  switch (spec.kind) {
    case 'yesno':
      return countYesNo(choices);
    case 'consent':
      return countConsent(choices);
    case 'approval':
      return countApproval(options, choices);
    case 'dots':
      return countDots(options, choices);
    case 'ranking':
      return countRanking(options, choices);
  }
}
