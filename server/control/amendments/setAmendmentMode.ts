/** `charter:amendment-mode`: while on, participants' charter edits are refused at the Yjs endpoint (`ControlStates.isLocked`). */
import type { Identity } from '../../../shared/api.js';
import { conflict } from '../../errors.js';
import type { VoteDeps } from '../votes/voteDeps.js';
import { changeAmendments } from './changeAmendments.js';

export async function setAmendmentMode({ on }: { on: boolean }, identity: Identity, deps: VoteDeps): Promise<void> {
  await changeAmendments(deps, identity, 'charter:amendment-mode', (draft) => {
    // VALIDATION: an adopted charter is frozen for good; a mode over it would promise changes that cannot come.
    if (on && draft.charter.adopted) throw conflict('the charter is adopted and can no longer be amended');
    // RESOLUTION
    draft.amendments.mode = on;
    return { on };
  });
}
