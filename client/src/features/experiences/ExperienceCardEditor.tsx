/** One experience card: year, and three co-edited text fields. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  cardText,
  EXPERIENCE_TEXT_FIELDS,
  EXPERIENCE_YEARS,
  removeCard,
  setCardYear,
  type ExperienceCard,
} from '../../../../shared/experiences.js';
import { CollaborativeText } from '../../infra/collab/CollaborativeText.js';
import { EditorsBadge } from '../rows/EditorsBadge.js';
import { useEditingRow } from '../rows/useEditingRow.js';
import { CardFollowUp } from './CardFollowUp.js';
import { useCardYear } from './useCardYear.js';

interface ExperienceCardEditorProps {
  doc: Y.Doc;
  id: string;
  card: ExperienceCard;
  number: number;
  /** Puts the caret in the first field (a card just added here). */
  focusOnMount: boolean;
  /** Locked for this reader: the server would refuse the writes, so the fields do not offer them. */
  readOnly?: boolean;
  actions?: ReactNode;
  /** The others whose focus is in this card (awareness), as on plan rows. */
  editors?: string[];
}

/** An article with labelled fields; removing asks once more, since it removes for everyone. */
export function ExperienceCardEditor({ doc, id, card, number, focusOnMount, readOnly = false, actions, editors }: ExperienceCardEditorProps) {
  const { t } = useTranslation();
  const year = useCardYear(card);
  const [confirming, setConfirming] = useState(false);
  const article = useRef<HTMLElement>(null);
  const fieldId = (field: string) => `card-${id}-${field}`;
  const focus = useEditingRow(doc, 'experiences', id);

  useEffect(() => {
    if (focusOnMount) article.current?.querySelector('textarea')?.focus();
  }, [focusOnMount]);

  return (
    <article ref={article} className={`card${editors?.length ? ' card--busy' : ''}`} aria-label={t('experiences.card', { number })} data-card-id={id} {...focus}>
      <div className="card__top">
        <label htmlFor={fieldId('year')}>{t('experiences.year')}</label>
        <select
          id={fieldId('year')}
          value={year ?? ''}
          disabled={readOnly}
          onChange={(event) => setCardYear(card, event.target.value ? Number(event.target.value) : null)}
        >
          <option value="">{t('experiences.noYear')}</option>
          {EXPERIENCE_YEARS.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
        <EditorsBadge names={editors} />
      </div>
      {EXPERIENCE_TEXT_FIELDS.map((field) => (
        <div className="field" key={field}>
          <label htmlFor={fieldId(field)}>{t(`experiences.${field}`)}</label>
          <CollaborativeText id={fieldId(field)} text={cardText(card, field)} rows={field === 'happened' ? 3 : 2} readOnly={readOnly} />
        </div>
      ))}
      <CardFollowUp card={card} cardId={id} readOnly={readOnly} />
      <div className="card__actions">
        {actions}
        {readOnly ? null : confirming ? (
          <>
            <button type="button" className="button--danger" onClick={() => removeCard(doc, id)}>
              {t('experiences.confirmRemove')}
            </button>
            <button type="button" className="button--quiet" onClick={() => setConfirming(false)} autoFocus>
              {t('experiences.cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="button--quiet" onClick={() => setConfirming(true)}>
            {t('experiences.remove')}
          </button>
        )}
      </div>
    </article>
  );
}
