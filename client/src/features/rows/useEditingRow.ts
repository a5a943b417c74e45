/** Focus handlers that announce "I am editing this row" through awareness. */
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { awarenessOf } from '../../infra/collab/awarenessRegistry.js';
import { setEditing } from './editingAwareness.js';

/** Put on a row's container: focus inside sets the field, focus leaving the row clears it. */
export function useEditingRow(doc: Y.Doc, section: string, rowId: string) {
  return useMemo(
    () => ({
      onFocus: () => {
        const awareness = awarenessOf(doc);
        if (awareness) setEditing(awareness, { section, rowId });
      },
      onBlur: (event: React.FocusEvent<HTMLElement>) => {
        if (event.currentTarget.contains(event.relatedTarget)) return;
        const awareness = awarenessOf(doc);
        if (awareness) setEditing(awareness, null);
      },
    }),
    [doc, section, rowId],
  );
}
