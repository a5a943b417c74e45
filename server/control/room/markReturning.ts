/**
 * `roster:mark-returning`: marks an organisation as a returning coalition member, or not. Names
 * are compared folded (`organisationKey`), as votes and presence compare them, so "OSF " and
 * "osf" are one organisation: marking one spelling replaces the other.
 */
import { organisationKey } from '../../../shared/voteKinds.js';
import type { RecordEdit } from '../editRecord.js';

export const markReturning: RecordEdit<'roster:mark-returning'> = (draft, { organisation, returning }) => {
  const key = organisationKey(organisation);
  const others = draft.returningOrganisations.filter((name) => organisationKey(name) !== key);
  draft.returningOrganisations = returning ? [...others, organisation].sort((a, b) => a.localeCompare(b)) : others;
};
