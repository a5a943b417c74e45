/**
 * One control command, read the same way every time: look it up, authorise, validate, resolve,
 * check the answer. Returns the acknowledgement; never throws, so nothing escapes a socket
 * handler. A `DomainError` becomes `{ ok: false, error: { code, message } }`; anything else is
 * logged and answered `internal`.
 */
import type { Identity } from '../../shared/api.js';
import { COMMAND_SCHEMAS, type CommandName, type CommandResult } from '../../shared/control.js';
import type { Ack, ErrorBody, ErrorCode } from '../../shared/errors.js';
import type { z } from 'zod';
import { DomainError } from '../errors.js';
import { describeError, log } from '../logger.js';
import type { CommandDeps, CommandTable } from './commandDefinition.js';
import { COMMAND_TABLE } from './commandTable.js';

const refuse = (code: ErrorCode, message: string): { ok: false; error: ErrorBody } => ({ ok: false, error: { code, message } });

/** True for a name the table defines (own keys only: `toString` is no command). */
export const isCommandName = (name: string): name is CommandName => Object.hasOwn(COMMAND_SCHEMAS, name);

/**
 * Commands that decide on the invitation list (who is admitted, matched or merged, and the list's
 * version a result records): across instances they read it from the store first, never from a
 * copy a lost announcement left behind.
 */
const DECIDES_ON_THE_LIST = new Set<CommandName>([
  'participant:admit',
  'invitations:save-organisation',
  'invitations:remove-organisation',
  'invitations:save-delegate',
  'invitations:remove-delegate',
  'invitations:merge',
  'roster:mark-returning',
  'vote:close',
]);

/** Runs the command `name` for `identity`; `table` is the server's own unless a test brings one. */
export function runCommand(name: string, payload: unknown, identity: Identity, deps: CommandDeps, table: CommandTable = COMMAND_TABLE): Promise<Ack<object>> {
  if (!isCommandName(name)) return Promise.resolve(refuse('not_found', `there is no command "${name.slice(0, 64)}"`));
  return run(name, payload, identity, deps, table);
}

async function run<C extends CommandName>(name: C, payload: unknown, identity: Identity, deps: CommandDeps, table: CommandTable): Promise<Ack<CommandResult<C>>> {
  const { policy, resolve } = table[name];
  const schemas = COMMAND_SCHEMAS[name];
  // AUTH: the role comes from the token, never from the payload.
  if (!policy(identity)) return refuse('forbidden', `a ${identity.role} may not ${name}`);
  // VALIDATION
  const parsed = schemas.payload.safeParse(payload);
  if (!parsed.success) return refuse('invalid', describeIssues(parsed.error, 'payload'));
  // RESOLUTION
  let resolved: CommandResult<C> | void;
  try {
    if (DECIDES_ON_THE_LIST.has(name)) await deps.accreditations.current(identity.workshopId);
    resolved = await resolve(parsed.data, identity, afterCommit(deps, name), name);
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, error: error.toBody() };
    log.error('control.command_failed', { command: name, workshopId: identity.workshopId, error: describeError(error) });
    return refuse('internal', 'the command could not be completed');
  }
  // The answer leaves with exactly the fields its schema declares: a field a use case added by mistake is caught here, not on a screen.
  const answer = schemas.result.safeParse(resolved ?? {});
  if (!answer.success) {
    log.error('control.result_invalid', { command: name, workshopId: identity.workshopId, problem: describeIssues(answer.error, 'result') });
    return refuse('internal', 'the command was carried out, but its answer could not be sent');
  }
  return { ok: true, ...answer.data };
}

/**
 * The listeners a use case calls once its change is stored (broadcast, audit event, ballot
 * notice). The change stands whatever they do, so one that throws is logged, and the command
 * still answers what happened rather than `internal` (the next change or `state:get` catches
 * the screens up).
 */
function afterCommit(deps: CommandDeps, command: CommandName): CommandDeps {
  const guard =
    <A extends unknown[]>(listener: string, call: (...args: A) => void) =>
    (...args: A) => {
      try {
        call(...args);
      } catch (error) {
        log.error('control.listener_failed', { command, listener, error: describeError(error) });
      }
    };
  return { ...deps, changed: guard('changed', deps.changed), ballotCounted: guard('ballotCounted', deps.ballotCounted) };
}

/** "seconds: Too small…; session.title: Required" — names the fields that are wrong. */
function describeIssues(error: z.ZodError, whole: string): string {
  return error.issues.map((issue) => `${issue.path.join('.') || whole}: ${issue.message}`).join('; ');
}
