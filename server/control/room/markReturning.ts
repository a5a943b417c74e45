/** `roster:mark-returning`: marks an organisation as a returning coalition member, or not. */
import type { RecordEdit } from '../editRecord.js';

export const markReturning: RecordEdit<'roster:mark-returning'> = (draft, { organisation, returning }) => {
  const others = draft.returningOrganisations.filter((name) => name !== organisation);
  draft.returningOrganisations = returning ? [...others, organisation].sort((a, b) => a.localeCompare(b)) : others;
};
