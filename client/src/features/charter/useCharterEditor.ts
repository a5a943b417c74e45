/** The Tiptap editor of the charter document, editable or not as the charter's standing says. */
import { useEditor, type Editor } from '@tiptap/react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { awarenessOf } from '../../infra/collab/awarenessRegistry.js';
import { charterExtensions } from './charterExtensions.js';

/**
 * One editor per document; switching `editable` keeps the editor (and everyone's carets). A
 * screen that only shows the text (the projector) passes `carets: false` and shows none.
 */
export function useCharterEditor(doc: Y.Doc, editable: boolean, { carets = true }: { carets?: boolean } = {}): Editor | null {
  const { t } = useTranslation();
  const label = t('charter.editorLabel');
  // The view re-renders on every ballot and state change; the extensions are built once per document.
  const extensions = useMemo(() => charterExtensions(doc, carets ? awarenessOf(doc) : null), [doc, carets]);
  const editor = useEditor(
    {
      extensions,
      editable,
      // The text is labelled as a multi-line text box, so screen readers announce what it is.
      editorProps: { attributes: { id: 'charter-text', role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, class: 'charter-editor__text' } },
    },
    [doc, carets],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setEditable(editable);
    editor.view.dom.setAttribute('aria-readonly', String(!editable));
  }, [editor, editable]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dom.setAttribute('aria-label', label);
  }, [editor, label]);

  return editor;
}
