/** A paragraph's word diff: removed words struck through, added ones underlined, each announced by name to screen readers. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { wordDiff } from './wordDiff.js';

export function WordDiffView({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  const parts = useMemo(() => wordDiff(before, after), [before, after]);
  return (
    <p className="amendment__diff">
      <span className="visually-hidden">{t('amendments.diffLabel')}: </span>
      {parts.map((part, i) => {
        if (part.kind === 'same') return <span key={i}>{part.text}</span>;
        // Strike-through and underline are not read aloud, so the change is named in words too.
        const Tag = part.kind === 'removed' ? 'del' : 'ins';
        return (
          <Tag key={i}>
            <span className="visually-hidden">[{t(`amendments.${part.kind}`)}: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </Tag>
        );
      })}
    </p>
  );
}
