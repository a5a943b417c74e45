/** The charter's amendable paragraphs, kept current as the editor's document changes. */
import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import type { CharterParagraph } from '../../../../../shared/charterParagraphs.js';
import { paragraphsOfDoc } from './editorParagraphs.js';

/** Re-renders only when a paragraph's index, type or text changes (Tiptap compares the result deeply). */
export function useEditorParagraphs(editor: Editor | null): CharterParagraph[] {
  const paragraphs = useEditorState({ editor, selector: ({ editor: current }) => (current ? paragraphsOfDoc(current.state.doc) : []) });
  return paragraphs ?? [];
}
