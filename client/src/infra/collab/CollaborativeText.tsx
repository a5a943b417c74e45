/**
 * A textarea bound to a Y.Text. Local input becomes one splice (delete + insert) on the shared
 * text; remote changes rewrite the value and move the caret through the change so it stays
 * beside the same characters. The textarea is uncontrolled: React never re-renders it on typing.
 */
import { useEffect, useRef, type TextareaHTMLAttributes } from 'react';
import type * as Y from 'yjs';
import { diffText, transformPosition, type TextDelta } from './textDiff.js';

interface CollaborativeTextProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'defaultValue' | 'onInput' | 'onChange'> {
  text: Y.Text;
}

/** A textarea that co-edits `text` live. */
export function CollaborativeText({ text, ...attributes }: CollaborativeTextProps) {
  const field = useRef<HTMLTextAreaElement>(null);
  /** The value the shared text had when the field last matched it. */
  const known = useRef('');
  /** Marks our own transactions so the observer does not re-apply them. */
  const origin = useRef(Symbol('collaborative-text'));

  useEffect(() => {
    const element = field.current;
    if (!element) return;
    element.value = known.current = text.toString();
    const handleRemoteChange = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.origin === origin.current) return;
      const value = text.toString();
      if (value === element.value) {
        known.current = value;
        return;
      }
      const delta = event.delta as TextDelta;
      const focused = document.activeElement === element;
      const start = transformPosition(element.selectionStart, delta);
      const end = transformPosition(element.selectionEnd, delta);
      element.value = known.current = value;
      if (focused) element.setSelectionRange(start, end, element.selectionDirection);
    };
    text.observe(handleRemoteChange);
    return () => text.unobserve(handleRemoteChange);
  }, [text]);

  const handleInput = () => {
    const element = field.current;
    if (!element) return;
    const splice = diffText(known.current, element.value, element.selectionEnd);
    known.current = element.value;
    if (!splice) return;
    const apply = () => {
      if (splice.remove > 0) text.delete(splice.index, splice.remove);
      if (splice.insert) text.insert(splice.index, splice.insert);
    };
    if (text.doc) text.doc.transact(apply, origin.current);
    else apply();
  };

  return <textarea ref={field} onInput={handleInput} {...attributes} />;
}
