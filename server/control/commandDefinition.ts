/** What one control command is on the server: who may send it and how it resolves. Its schemas are in `shared/control.ts`. */
import type { Identity } from '../../shared/api.js';
import type { CommandName, CommandResult, ParsedPayload } from '../../shared/control.js';
import type { Revocations } from '../auth/Revocations.js';
import type { VoteDeps } from './votes/voteDeps.js';

/** The store, the control records, the vote board, rooms, presence, removals and the listeners told of a change. */
export type CommandDeps = VoteDeps & {
  /** Closes a removed participant's open connections on every channel. */
  revocations: Revocations;
  /** The ids of the participants connected to the workshop now. */
  presentParticipants: (workshopId: string) => string[];
};

/**
 * Resolves a command already authorised by role and validated; throws `DomainError` to refuse.
 * Returning nothing answers `{ ok: true }`.
 */
export type Resolve<C extends CommandName> = (
  payload: ParsedPayload<C>,
  identity: Identity,
  deps: CommandDeps,
  name: C,
) => Promise<CommandResult<C> | void>;

export interface CommandDefinition<C extends CommandName> {
  /** Who may send it at all, by role (`server/policies/`); checks on the subject itself run in `resolve`. */
  policy: (actor: Identity) => boolean;
  resolve: Resolve<C>;
}

/** Every command's definition, one per name: a missing or misspelt one does not compile. */
export type CommandTable = { readonly [C in CommandName]: CommandDefinition<C> };
