/**
 * The charter editor's schema and collaboration: headings, paragraphs, numbered and bullet
 * lists, bold, italic and links (http(s) and recommendations only), bound to the `default`
 * fragment of the charter document, with the others' carets.
 */
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { Extensions } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { CHARTER_FRAGMENT } from '../../../../shared/charterText.js';
import { caretColour } from './caretColours.js';
import { caretElement } from './caretElement.js';
import { isAllowedCharterLink } from './linkPolicy.js';

/** Heading levels offered: section (2) and sub-section (3), as the exports number them. */
export const CHARTER_HEADING_LEVELS = [2, 3] as const;

/** The extensions for one charter document; carets only when the document is connected. */
export function charterExtensions(doc: Y.Doc, awareness: Awareness | null): Extensions {
  const extensions: Extensions = [
    StarterKit.configure({
      // The Collaboration extension brings its own undo, which undoes only this person's changes.
      undoRedo: false,
      // What the canonical text and the exports know how to write; nothing else may enter.
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      // A trailing paragraph appended on load would be an edit, and a frozen charter takes none.
      trailingNode: false,
      heading: { levels: [...CHARTER_HEADING_LEVELS] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isAllowedCharterLink(url),
        shouldAutoLink: (url) => isAllowedCharterLink(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    Collaboration.configure({ document: doc, field: CHARTER_FRAGMENT }),
  ];
  if (awareness) {
    extensions.push(
      CollaborationCaret.configure({
        // The extension reads only `provider.awareness`; the server overwrites the name, keeps the colour.
        provider: { awareness },
        user: { color: caretColour(awareness.clientID) },
        render: caretElement,
      }),
    );
  }
  return extensions;
}
