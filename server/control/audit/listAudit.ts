/** `audit:list`: the workshop's latest audit entries, newest first; reading changes nothing, so it writes none. */
import type { Identity } from '../../../shared/api.js';
import type { CommandResult, ParsedPayload } from '../../../shared/control.js';
import type { CommandDeps } from '../commandDefinition.js';

export async function listAudit({ limit }: ParsedPayload<'audit:list'>, identity: Identity, deps: CommandDeps): Promise<CommandResult<'audit:list'>> {
  return { entries: await deps.store.listAudit(identity.workshopId, limit) };
}
