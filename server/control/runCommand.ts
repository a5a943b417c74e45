/**
 * One control command, read the same way every time: authorise, validate, resolve. Returns the
 * acknowledgement; never throws, so nothing escapes a socket handler.
 */
import type { Identity } from '../../shared/api.js';
import { COMMANDS, type CommandName, mayRun } from '../../shared/control.js';
import type { Ack, ErrorCode } from '../../shared/errors.js';
import { can } from '../../shared/roles.js';
import { newId } from '../auth/secrets.js';
import { describeError, log } from '../logger.js';
import { isAmendmentCommand, resolveAmendmentCommand } from './amendments/amendmentCommands.js';
import { CommandError } from './CommandError.js';
import { HANDLERS } from './handlers/index.js';
import { isVoteCommand, resolveVoteCommand } from './votes/voteCommands.js';
import type { VoteDeps } from './votes/voteDeps.js';

/** The store, the control records, and (for votes) the vote board, rooms, presence and notices. */
export type CommandDeps = VoteDeps;

type Answer = Ack<Record<string, unknown>>;

const refuse = (code: ErrorCode, message: string): Answer => ({ ok: false, error: { code, message } });

export async function runCommand(name: CommandName, payload: unknown, identity: Identity, deps: CommandDeps): Promise<Answer> {
  // AUTH: the role comes from the token, never from the payload.
  if (!mayRun(name, (permission) => can(identity.role, permission))) {
    return refuse('forbidden', `a ${identity.role} may not ${name}`);
  }
  // VALIDATION
  const parsed = COMMANDS[name].payload.safeParse(payload);
  if (!parsed.success) {
    return refuse('invalid', parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; '));
  }
  // RESOLUTION
  try {
    if (name === 'audit:list') {
      const { limit } = parsed.data as { limit: number };
      return { ok: true, entries: await deps.store.listAudit(identity.workshopId, limit) };
    }
    // Votes write their own audit entries, field by field: a ballot's choice must never be one.
    if (isVoteCommand(name)) return { ok: true, ...(await resolveVoteCommand(name, parsed.data, identity, deps)) };
    // Amendments read the charter and open votes, so they resolve outside one synchronous edit.
    if (isAmendmentCommand(name)) return { ok: true, ...(await resolveAmendmentCommand(name, parsed.data, identity, deps)) };
    const now = Date.now();
    const handler = HANDLERS[name] as (draft: never, payload: unknown, context: unknown) => Record<string, unknown> | void;
    const { result, entry } = await deps.controls.change(identity.workshopId, (draft) => {
      const result = handler(draft as never, parsed.data, { identity, now, newId }) ?? {};
      // The audit line says what happened: the request and what it answered (a new session's id, a removed one's title).
      const detail = { ...(parsed.data as Record<string, unknown>), ...result };
      return { result, audit: { at: now, actorRole: identity.role, actorName: identity.name, command: name, detail } };
    });
    deps.changed(identity.workshopId, entry);
    return { ok: true, ...result };
  } catch (error) {
    if (error instanceof CommandError) return refuse(error.code, error.message);
    log.error('control.command_failed', { command: name, workshopId: identity.workshopId, error: describeError(error) });
    return refuse('internal', 'the command could not be completed');
  }
}
