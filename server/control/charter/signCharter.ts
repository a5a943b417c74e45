/** `charter:sign`: adds the caller's organisation to the adopted charter's signatories, once per organisation. */
import { organisationKey } from '../../../shared/voteKinds.js';
import { conflict } from '../../errors.js';
import { authoriseSignature } from '../../policies/charter.js';
import type { RecordEdit } from '../editRecord.js';

export const signCharter: RecordEdit<'charter:sign'> = (draft, _payload, { identity, now }) => {
  const { participantId, organisation } = authoriseSignature(identity);
  if (!draft.charter.adopted) throw conflict('the charter has not been adopted');
  const key = organisationKey(organisation);
  if (draft.charter.signatories.some((s) => organisationKey(s.organisation) === key)) throw conflict('your organisation has already signed');
  draft.charter.signatories.push({ organisation, name: identity.name, participantId, signedAt: now });
};
