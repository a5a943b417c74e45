/** The Experiences 2010–2015 section for participants and the facilitator. */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { addCard } from '../../../../shared/experiences.js';
import { AddExperienceForm } from './AddExperienceForm.js';
import { ExperienceCardEditor } from './ExperienceCardEditor.js';
import { useRowEditors } from '../rows/useRowEditors.js';
import { useCardList } from './useCardList.js';

/**
 * Cards in the order they were added, so a card never moves (and never loses focus) while
 * someone edits its year; the projector shows them on the timeline.
 */
interface ExperiencesPanelProps {
  doc: Y.Doc;
  /** While the section is locked for this reader: fields read-only, no adding or removing. */
  readOnly?: boolean;
  /** Extra buttons per card (the facilitator's "Spotlight"). */
  cardActions?: (cardId: string) => ReactNode;
}

export function ExperiencesPanel({ doc, readOnly = false, cardActions }: ExperiencesPanelProps) {
  const { t } = useTranslation();
  const cards = useCardList(doc);
  const editors = useRowEditors(doc, 'experiences');
  const [addedHere, setAddedHere] = useState<string | null>(null);

  const handleAdd = (year: number | null) => {
    const card = addCard(doc, { year });
    setAddedHere(String(card.get('id')));
  };

  return (
    <section className="section" aria-labelledby="experiences-heading">
      <div className="section__head">
        <h1 id="experiences-heading">{t('experiences.title')}</h1>
        <p className="section__count">{t('experiences.count', { count: cards.length })}</p>
      </div>
      <p className="lead">{t('experiences.intro')}</p>
      {!readOnly && <AddExperienceForm onAdd={handleAdd} />}
      {cards.length === 0 ? (
        <p className="empty">{t(readOnly ? 'experiences.emptyLocked' : 'experiences.empty')}</p>
      ) : (
        <div className="card-list">
          {cards.map((entry, index) => (
            <ExperienceCardEditor
              key={entry.id}
              doc={doc}
              id={entry.id}
              card={entry.card}
              number={index + 1}
              focusOnMount={entry.id === addedHere}
              readOnly={readOnly}
              actions={cardActions?.(entry.id)}
              editors={editors.get(entry.id)}
            />
          ))}
        </div>
      )}
    </section>
  );
}
