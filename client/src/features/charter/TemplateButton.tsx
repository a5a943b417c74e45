/** "Start from the charter template", offered while the charter is empty. */
import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { useWorkshopT } from '../../infra/i18n/useWorkshopT.js';
import { charterTemplate } from './charterTemplate.js';

/**
 * Written in the workshop's language, whoever starts it. Two people pressing it at the same moment would
 * both insert it (Yjs merges both); the button disappears for everyone as soon as one lands.
 */
export function TemplateButton({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const roomT = useWorkshopT();
  const empty = useEditorState({ editor, selector: ({ editor: current }) => current.isEmpty });
  if (!empty) return null;
  const handleStart = () => {
    const words = {
      title: roomT('charter.template.title'),
      preamble: roomT('charter.template.preamble'),
      preambleText: roomT('charter.template.preambleText'),
      priorities: roomT('charter.template.priorities'),
      commitments: roomT('charter.template.commitments'),
      commitmentsText: roomT('charter.template.commitmentsText'),
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
