/** `roster:list`: the attendance roster, read from the store and the connections now (facilitator and organiser only: it names people). */
import type { Identity } from '../../../shared/api.js';
import type { CommandResult } from '../../../shared/control.js';
import { internal } from '../../errors.js';
import type { CommandDeps } from '../commandDefinition.js';
import { attendanceRoster } from './attendanceRoster.js';

export async function listRoster(_payload: unknown, identity: Identity, deps: CommandDeps): Promise<CommandResult<'roster:list'>> {
  const { workshopId } = identity;
  const { store } = deps;
  const [list, participants, accreditations, removals, lastSeen, invitations] = await Promise.all([
    store.loadInvitationList(workshopId),
    store.listParticipants(workshopId),
    store.listAccreditations(workshopId),
    store.listRemovals(workshopId),
    store.listLastSeen(workshopId),
    store.listInvitations(workshopId),
  ]);
  const record = deps.controls.get(workshopId);
  if (!record) throw internal('the workshop is not loaded; try again');
  const present = new Set(deps.presentParticipants(workshopId));
  const roster = attendanceRoster({ list, participants, accreditations, removals, lastSeen, invitations, present, returningOrganisations: record.returningOrganisations });
  return { roster };
}
