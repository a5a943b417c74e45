/**
 * The amendment commands' own path: proposing reads the charter as the server holds it, and
 * putting to the vote opens a vote through the vote commands, so neither fits a synchronous edit
 * of the control record. Each still writes one audit entry per change it makes.
 */
import type { Identity } from '../../../shared/api.js';
import type { ParsedPayload } from '../../../shared/control.js';
import type { VoteDeps } from '../votes/voteDeps.js';
import { proposeAmendment } from './proposeAmendment.js';
import { putAmendmentToVote } from './putAmendmentToVote.js';
import { setAmendmentMode } from './setAmendmentMode.js';
import { withdrawAmendment } from './withdrawAmendment.js';

export const AMENDMENT_COMMANDS = ['charter:amendment-mode', 'amendment:propose', 'amendment:withdraw', 'amendment:put-to-vote'] as const;
export type AmendmentCommand = (typeof AMENDMENT_COMMANDS)[number];

/** True for the commands resolved here. */
export const isAmendmentCommand = (name: string): name is AmendmentCommand => (AMENDMENT_COMMANDS as readonly string[]).includes(name);

/** Resolves an amendment command (already authorised and validated); throws CommandError to refuse. */
export function resolveAmendmentCommand(name: AmendmentCommand, payload: unknown, identity: Identity, deps: VoteDeps): Promise<Record<string, unknown>> {
  switch (name) {
    case 'charter:amendment-mode':
      return setAmendmentMode(payload as ParsedPayload<'charter:amendment-mode'>, identity, deps);
    case 'amendment:propose':
      return proposeAmendment(payload as ParsedPayload<'amendment:propose'>, identity, deps);
    case 'amendment:withdraw':
      return withdrawAmendment(payload as ParsedPayload<'amendment:withdraw'>, identity, deps);
    case 'amendment:put-to-vote':
      return putAmendmentToVote(payload as ParsedPayload<'amendment:put-to-vote'>, identity, deps);
  }
}
