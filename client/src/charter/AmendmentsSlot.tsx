/** Where the amendments panel sits in the charter view: below the text, above adoption and signatures. */
import type { Editor } from '@tiptap/react';
import { AmendmentsPanel } from './amendments/AmendmentsPanel.js';

/** The amendments of this editor's charter: proposals, word diffs and their votes. */
export function AmendmentsSlot({ editor }: { editor: Editor | null }) {
  return <AmendmentsPanel editor={editor} />;
}
