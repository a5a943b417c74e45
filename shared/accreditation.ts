/**
 * The invitation list: the organisations taking part (a canonical name and the other spellings
 * people type), their delegates, and each participant's link to it. An empty list changes
 * nothing (a join with the code admits, an organisation's ballot is keyed by the typed name);
 * once it holds an organisation, accreditation is in force: newcomers wait until the facilitator
 * admits them, and an organisation's ballot belongs to a listed organisation.
 * Zod-free, like voteKinds.ts: the participant's first view imports it.
 */
import type { AccreditationView } from './events.js';
import { organisationKey } from './voteKinds.js';

/** A newcomer waits on the waiting list until the facilitator admits them. */
export const ADMISSIONS = ['waiting', 'admitted'] as const;
export type Admission = (typeof ADMISSIONS)[number];

/** An organisation on the list: one canonical name, the spellings that mean it, and whether it is a returning coalition member. */
export interface ListedOrganisation {
  id: string;
  name: string;
  aliases: string[];
  returning: boolean;
}

/** A delegate expected for a listed organisation; at most one per organisation holds its ballot. */
export interface ListedDelegate {
  id: string;
  organisationId: string;
  name: string;
  /** An e-mail address or a phone number, as given. */
  contact: string | null;
  ballotHolder: boolean;
}

/** The list as stored; `version` grows with every change, so a vote's record can say which list it counted. */
export interface InvitationList {
  version: number;
  organisations: ListedOrganisation[];
  delegates: ListedDelegate[];
}

/** A participant's standing: waiting or admitted, and which listed organisation (and delegate) they were matched to. */
export interface Accreditation {
  participantId: string;
  organisationId: string | null;
  delegateId: string | null;
  admission: Admission;
  /** When the facilitator admitted them; null while waiting, or for one admitted by the join itself. */
  admittedAt: number | null;
}

/** One change of the list, applied in one transaction: upserts first, then removals. */
export interface InvitationEdit {
  organisations?: ListedOrganisation[];
  delegates?: ListedDelegate[];
  removeOrganisationIds?: string[];
  removeDelegateIds?: string[];
}

export const EMPTY_INVITATION_LIST: InvitationList = { version: 0, organisations: [], delegates: [] };

/** The state's view of a workshop without a list: nothing in force, nobody waiting. */
export const NO_ACCREDITATION: AccreditationView = { inForce: false, waitingCount: 0, waiting: [], list: null };

/** Accreditation is in force once the list names an organisation. */
export function accreditationInForce(list: InvitationList): boolean {
  return list.organisations.length > 0;
}

/** The listed organisation a typed name means: its canonical name or an alias, folded as votes fold names. */
export function findListedOrganisation(list: InvitationList, typed: string): ListedOrganisation | null {
  const key = organisationKey(typed);
  return list.organisations.find((org) => organisationKey(org.name) === key || org.aliases.some((alias) => organisationKey(alias) === key)) ?? null;
}

/** The delegate who holds an organisation's ballot, when the list names one. */
export function ballotHolderOf(list: InvitationList, organisationId: string): ListedDelegate | null {
  return list.delegates.find((d) => d.organisationId === organisationId && d.ballotHolder) ?? null;
}

/** The voter key of a listed organisation's ballot: by id, so every spelling of it shares one ballot. */
export const listedOrganisationVoterKey = (organisationId: string): string => `listed:${organisationId}`;
