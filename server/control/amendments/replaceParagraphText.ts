/** Writing an adopted amendment into a charter block, the way Tiptap would store the typed text. */
import * as Y from 'yjs';

/**
 * Replaces the block's content with `text`, keeping the element (its node type and attributes,
 * e.g. a heading's level): line breaks become `hardBreak` nodes, marks are not carried over,
 * since the replacement was proposed as plain text.
 */
export function replaceParagraphText(element: Y.XmlElement, text: string): void {
  if (element.length > 0) element.delete(0, element.length);
  const nodes: (Y.XmlText | Y.XmlElement)[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) nodes.push(new Y.XmlElement('hardBreak'));
    if (line !== '') nodes.push(new Y.XmlText(line));
  });
  element.insert(0, nodes);
}
