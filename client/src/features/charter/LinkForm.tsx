/** Sets or removes the link on the selected text; only http(s) addresses are taken (recommendations are cited with the picker). */
import type { Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import { typedLink } from './linkPolicy.js';

/** Opens with the current link's address and focus in the field; Escape cancels. */
export function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [address, setAddress] = useState(() => String(editor.getAttributes('link').href ?? ''));
  const [refused, setRefused] = useState(false);
  useEffect(() => field.current?.focus(), []);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const href = typedLink(address);
    setRefused(href === null);
    if (href === null) return;
    const chain = editor.chain().focus().extendMarkRange('link');
    // With nothing selected, the address itself becomes the linked text.
    if (editor.state.selection.empty && !editor.isActive('link')) chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    else chain.setLink({ href }).run();
    onDone();
  };

  const handleRemove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onDone();
  };

  return (
    <form className="charter-link" noValidate onSubmit={handleSubmit} onKeyDown={(event) => event.key === 'Escape' && (editor.commands.focus(), onDone())}>
      <label htmlFor={`${id}-href`}>{t('charter.link.address')}</label>
      <input id={`${id}-href`} ref={field} type="url" inputMode="url" value={address} aria-invalid={refused} onChange={(event) => setAddress(event.target.value)} />
      <ErrorNotice message={refused ? t('charter.link.refused') : null} />
      <div className="actions">
        <button type="submit" className="button--primary">{t('charter.link.apply')}</button>
        {editor.isActive('link') && (
          <button type="button" onClick={handleRemove}>{t('charter.link.remove')}</button>
        )}
        <button type="button" className="button--quiet" onClick={() => (editor.commands.focus(), onDone())}>{t('charter.link.cancel')}</button>
      </div>
    </form>
  );
}
