/**
 * The charter's formatting toolbar: heading, subheading, paragraph, numbered and bullet lists,
 * bold, italic, link. A WAI-ARIA toolbar: one tab stop, arrow keys move between the buttons,
 * each button says whether its format is on (`aria-pressed`).
 */
import { useEditorState, type Editor } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkForm } from './LinkForm.js';

interface ToolbarButton {
  key: string;
  label: string;
  active: boolean;
  run: () => void;
}

/** Reads the active formats through `useEditorState`, so typing re-renders only when they change. */
export function CharterToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [focused, setFocused] = useState(0);
  const [linking, setLinking] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      heading: current.isActive('heading', { level: 2 }),
      subheading: current.isActive('heading', { level: 3 }),
      paragraph: current.isActive('paragraph'),
      numbered: current.isActive('orderedList'),
      bullets: current.isActive('bulletList'),
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      link: current.isActive('link'),
    }),
  });
  const chain = () => editor.chain().focus();
  const buttons: ToolbarButton[] = [
    { key: 'heading', label: t('charter.toolbar.heading'), active: active.heading, run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: 'subheading', label: t('charter.toolbar.subheading'), active: active.subheading, run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: 'paragraph', label: t('charter.toolbar.paragraph'), active: active.paragraph && !active.numbered && !active.bullets, run: () => chain().setParagraph().run() },
    { key: 'numbered', label: t('charter.toolbar.numbered'), active: active.numbered, run: () => chain().toggleOrderedList().run() },
    { key: 'bullets', label: t('charter.toolbar.bullets'), active: active.bullets, run: () => chain().toggleBulletList().run() },
    { key: 'bold', label: t('charter.toolbar.bold'), active: active.bold, run: () => chain().toggleBold().run() },
    { key: 'italic', label: t('charter.toolbar.italic'), active: active.italic, run: () => chain().toggleItalic().run() },
    { key: 'link', label: t('charter.toolbar.link'), active: active.link, run: () => setLinking((open) => !open) },
  ];

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -focused, End: buttons.length - 1 - focused };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = (focused + move + buttons.length) % buttons.length;
    setFocused(next);
    bar.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  };

  return (
    <div className="charter-toolbar">
      <div ref={bar} role="toolbar" aria-label={t('charter.toolbar.label')} aria-controls="charter-text" className="charter-toolbar__buttons" onKeyDown={handleKeyDown}>
        {buttons.map((button, index) => (
          <button
            key={button.key}
            type="button"
            className={`charter-toolbar__button charter-toolbar__button--${button.key}`}
            aria-pressed={button.active}
            tabIndex={index === focused ? 0 : -1}
            onFocus={() => setFocused(index)}
            onClick={button.run}
          >
            {button.label}
          </button>
        ))}
      </div>
      {linking && <LinkForm editor={editor} onDone={() => setLinking(false)} />}
    </div>
  );
}
