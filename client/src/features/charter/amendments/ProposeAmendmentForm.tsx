/** A participant's proposal: choose a paragraph of the charter as it stands, rewrite it, say why. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AMENDMENT_LIMITS } from '../../../../../shared/limits.js';
import { type CharterParagraph, sameText } from '../../../../../shared/charterParagraphs.js';
import { useCommand } from '../../../infra/control/useCommand.js';

const excerpt = (text: string) => (text.length > 70 ? `${text.slice(0, 70)}…` : text);

export function ProposeAmendmentForm({ paragraphs }: { paragraphs: CharterParagraph[] }) {
  const { t } = useTranslation();
  const id = useId();
  const command = useCommand();
  const [chosen, setChosen] = useState<number | null>(null);
  const [replacement, setReplacement] = useState('');
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState(false);
  const paragraph = paragraphs.find((p) => p.index === chosen) ?? paragraphs[0];
  // The replacement starts as the paragraph's current text, so a proposal is an edit of it.
  const wording = chosen === null && paragraph ? paragraph.text : replacement;
  const unchanged = !!paragraph && sameText(wording, paragraph.text);

  if (!paragraph) return <p className="empty">{t('amendments.propose.noParagraphs')}</p>;

  const handleChoose = (index: number) => {
    setChosen(index);
    setReplacement(paragraphs.find((p) => p.index === index)?.text ?? '');
    setSent(false);
  };
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (unchanged) return;
    const outcome = await command.run('amendment:propose', { paragraph: { index: paragraph.index, text: paragraph.text }, replacement: wording, reason });
    if (!outcome.ok) return;
    setSent(true);
    setReason('');
    setChosen(null);
  };

  return (
    <form className="amendments__propose" onSubmit={(event) => void handleSubmit(event)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('amendments.propose.title')}</h3>
      <div className="field">
        <label htmlFor={`${id}-paragraph`}>{t('amendments.propose.paragraph')}</label>
        <select id={`${id}-paragraph`} value={paragraph.index} onChange={(event) => handleChoose(Number(event.target.value))}>
          {paragraphs.map((p) => (
            <option key={p.index} value={p.index}>
              {t('amendments.paragraph', { number: p.index + 1 })}: {excerpt(p.text)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-replacement`}>{t('amendments.propose.replacement')}</label>
        <textarea
          id={`${id}-replacement`}
          value={wording}
          maxLength={AMENDMENT_LIMITS.maxParagraphLength}
          onChange={(event) => {
            setChosen(paragraph.index);
            setReplacement(event.target.value);
          }}
          aria-describedby={unchanged ? `${id}-unchanged` : undefined}
          required
        />
        {unchanged && <p id={`${id}-unchanged`} className="field__hint">{t('amendments.propose.unchanged')}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('amendments.propose.reason')}</label>
        <textarea id={`${id}-reason`} value={reason} maxLength={AMENDMENT_LIMITS.maxReasonLength} onChange={(event) => setReason(event.target.value)} required />
      </div>
      <div className="actions">
        <button type="submit" className="button--primary" disabled={command.busy || unchanged || reason.trim() === ''}>
          {t('amendments.propose.submit')}
        </button>
      </div>
      {command.error && <p className="notice notice--error" role="alert">{command.error}</p>}
      {sent && <p role="status">{t('amendments.propose.sent')}</p>}
    </form>
  );
}
