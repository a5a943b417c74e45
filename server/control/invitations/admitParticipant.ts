/**
 * `participant:admit`: one click admits a newcomer from the waiting list, matched to the listed
 * organisation their typed name suggests; the facilitator may match them to another listed
 * organisation or delegate instead, or add their organisation to the list while admitting. The
 * same command matches a participant already admitted. A spelling the list did not know becomes
 * an alias of the organisation matched, so the next delegate who types it is suggested at once.
 */
import { type Accreditation, findListedOrganisation, type InvitationList, type ListedOrganisation } from '../../../shared/accreditation.js';
import type { Identity } from '../../../shared/api.js';
import type { CommandResult, ParsedPayload } from '../../../shared/control.js';
import { newId } from '../../auth/secrets.js';
import { conflict, invalid, notFound } from '../../errors.js';
import type { CommandDeps } from '../commandDefinition.js';
import { recordListChange } from './recordListChange.js';

type Admit = ParsedPayload<'participant:admit'>;

/** The organisation they are matched to: added now, named, their delegate's, or the suggestion. */
function organisationFor(payload: Admit, typed: string, list: InvitationList): { id: string | null; added: ListedOrganisation | null } {
  if (payload.addOrganisation) {
    const holder = findListedOrganisation(list, payload.addOrganisation);
    if (holder) throw conflict(`${holder.name} is already on the list: match them to it`);
    return { id: null, added: { id: newId(), name: payload.addOrganisation, aliases: [], returning: false } };
  }
  if (payload.organisationId !== undefined) {
    if (payload.organisationId && !list.organisations.some((org) => org.id === payload.organisationId)) throw notFound('no such organisation on the list');
    return { id: payload.organisationId, added: null };
  }
  const delegate = payload.delegateId ? list.delegates.find((d) => d.id === payload.delegateId) : null;
  return { id: delegate?.organisationId ?? findListedOrganisation(list, typed)?.id ?? null, added: null };
}

export async function admitParticipant(payload: Admit, identity: Identity, deps: CommandDeps): Promise<CommandResult<'participant:admit'>> {
  const { workshopId } = identity;
  const participant = deps.accreditations.participant(workshopId, payload.participantId);
  if (!participant) throw notFound('no participant with this id in the workshop, or removed');
  const list = deps.accreditations.list(workshopId);
  // VALIDATION
  const { id, added } = organisationFor(payload, participant.organisation, list);
  const organisationId = added?.id ?? id;
  const delegateId = payload.delegateId ?? null;
  if (delegateId && !list.delegates.some((d) => d.id === delegateId && d.organisationId === organisationId)) {
    throw invalid('that delegate is not listed for that organisation');
  }
  // RESOLUTION: the list learns the spelling (or the organisation) first, then the standing.
  const known = organisationId && !added ? list.organisations.find((org) => org.id === organisationId) : null;
  // Learnt only when no listed organisation answers to it: one another answers to would then mean
  // two (the list refuses that, `saveOrganisation`, and so does a restore of its archive).
  const spellingIsNew = known && !findListedOrganisation(list, participant.organisation);
  const learnt = added ?? (spellingIsNew ? { ...known, aliases: [...known.aliases, participant.organisation] } : null);
  if (learnt) {
    const saved = await deps.store.editInvitationList(workshopId, { organisations: [learnt] });
    await recordListChange(deps, identity, 'invitations:save-organisation', { organisationId: learnt.id, name: learnt.name, aliases: learnt.aliases }, saved);
  }
  const previous = deps.accreditations.standing(workshopId, participant.id);
  const admittedAt = previous?.admission === 'admitted' ? previous.admittedAt : Date.now();
  const standing: Accreditation = { participantId: participant.id, organisationId, delegateId, admission: 'admitted', admittedAt };
  if (!(await deps.store.setAccreditation(workshopId, standing))) throw notFound('no participant with this id in the workshop');
  deps.accreditations.standingsChanged(workshopId, [standing]);
  const { entry } = await deps.controls.change(workshopId, () => {
    const detail = { participantId: participant.id, name: participant.name, typed: participant.organisation, organisationId, delegateId };
    return { result: undefined, audit: { at: Date.now(), actorRole: identity.role, actorName: identity.name, command: 'participant:admit' as const, detail } };
  });
  deps.changed(workshopId, entry);
  // Their waiting page (or workspace) reconnects as who they are now.
  deps.standingsChanged(workshopId, [participant.id]);
  return { organisationId };
}
