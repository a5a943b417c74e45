/** "Start from the charter template", offered while the charter is empty. */
import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { charterTemplate } from './charterTemplate.js';

/**
 * Written in the language of whoever starts it. Two people pressing it at the same moment would
 * both insert it (Yjs merges both); the button disappears for everyone as soon as one lands.
 */
export function TemplateButton({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const empty = useEditorState({ editor, selector: ({ editor: current }) => current.isEmpty });
  if (!empty) return null;
  const handleStart = () => {
    const words = {
      title: t('charter.template.title'),
      preamble: t('charter.template.preamble'),
      preambleText: t('charter.template.preambleText'),
      priorities: t('charter.template.priorities'),
      commitments: t('charter.template.commitments'),
      commitmentsText: t('charter.template.commitmentsText'),
    };
    editor.chain().focus().setContent(charterTemplate(words)).run();
  };
  return (
    <div className="charter-template">
      <p className="empty">{t('charter.empty')}</p>
      <button type="button" className="button--primary" onClick={handleStart}>
        {t('charter.startTemplate')}
      </button>
    </div>
  );
}
