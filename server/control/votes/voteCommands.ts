/**
 * The vote commands' own path. Unlike the other commands they do not edit the control record
 * and log their payload: a ballot is one conditional write to the ballots table, and what goes
 * to the audit log is chosen field by field, so a choice can never land there.
 */
import type { Identity } from '../../../shared/api.js';
import type { ParsedPayload } from '../../../shared/control.js';
import { castVote } from './castVote.js';
import { closeVote } from './closeVote.js';
import { openVote } from './openVote.js';
import type { VoteDeps } from './voteDeps.js';

export const VOTE_COMMANDS = ['vote:open', 'vote:cast', 'vote:close'] as const;
export type VoteCommand = (typeof VOTE_COMMANDS)[number];

/** True for the commands resolved here. */
export const isVoteCommand = (name: string): name is VoteCommand => (VOTE_COMMANDS as readonly string[]).includes(name);

/** Resolves a vote command (already authorised and validated); throws CommandError to refuse. */
export function resolveVoteCommand(name: VoteCommand, payload: unknown, identity: Identity, deps: VoteDeps): Promise<Record<string, unknown>> {
  switch (name) {
    case 'vote:open':
      return openVote(payload as ParsedPayload<'vote:open'>, identity, deps);
    case 'vote:cast':
      return castVote(payload as ParsedPayload<'vote:cast'>, identity, deps);
    case 'vote:close':
      return closeVote(payload as ParsedPayload<'vote:close'>, identity, deps);
  }
}
