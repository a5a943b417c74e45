/** `section:lock`: a locked section takes writes only from roles that run the agenda (`policies/documentPolicy.ts`). */
import type { RecordEdit } from '../editRecord.js';

export const lockSection: RecordEdit<'section:lock'> = (draft, { section, locked }) => {
  draft.locks[section] = locked;
};
