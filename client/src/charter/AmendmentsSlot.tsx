/**
 * AMENDMENTS MOUNT POINT. The amendments panel (`./amendments/AmendmentsPanel.tsx`, exporting
 * `AmendmentsPanel` with props `{ editor: Editor | null }`) is built in parallel; it is picked up
 * here when its file exists, and nothing shows until then. Replace this glob with a plain import
 * once the panel has landed.
 */
import type { Editor } from '@tiptap/react';
import type { ComponentType } from 'react';

type AmendmentsModule = { AmendmentsPanel?: ComponentType<{ editor: Editor | null }> };

const modules = import.meta.glob<AmendmentsModule>('./amendments/AmendmentsPanel.tsx', { eager: true });
const AmendmentsPanel = Object.values(modules)[0]?.AmendmentsPanel ?? null;

/** The amendments panel for this editor, or nothing while it does not exist. */
export function AmendmentsSlot({ editor }: { editor: Editor | null }) {
  return AmendmentsPanel ? <AmendmentsPanel editor={editor} /> : null;
}
