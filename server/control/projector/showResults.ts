/** `projector:results`: hidden, results closed until now leave the screen; shown, the latest closed vote's result comes back. */
import type { RecordEdit } from '../editRecord.js';

export const showResults: RecordEdit<'projector:results'> = (draft, { shown }, { now }) => {
  draft.projector.resultsFrom = shown ? 0 : now;
};
