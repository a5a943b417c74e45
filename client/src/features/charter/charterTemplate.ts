/**
 * The charter template: preamble, agreed priorities (numbered), commitments. The signatory
 * organisations are not typed: they are listed from the signatures, below the text and in the
 * exports, so the template leaves them out of the voted text.
 */
import type { JSONContent } from '@tiptap/react';

/** The words of the template, in the language of the person who starts it. */
export interface TemplateWords {
  title: string;
  preamble: string;
  preambleText: string;
  priorities: string;
  commitments: string;
  commitmentsText: string;
}

const heading = (level: number, text: string): JSONContent => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });
const paragraph = (text?: string): JSONContent => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' });

/** The template's content; the priorities list starts with one empty item to type into. */
export function charterTemplate(words: TemplateWords): JSONContent {
  return {
    type: 'doc',
    content: [
      heading(2, words.title),
      heading(3, words.preamble),
      paragraph(words.preambleText),
      heading(3, words.priorities),
      { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [paragraph()] }] },
      heading(3, words.commitments),
      paragraph(words.commitmentsText),
    ],
  };
}
