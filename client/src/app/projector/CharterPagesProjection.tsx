/**
 * The charter on the wall, read from its document without the editor: paged, so a charter put to
 * the vote is read to its last priority. Above it, where it stands (under vote, adopted with its
 * hash); after it, once adopted, the organisations that signed. The verdict itself is the vote
 * card's, beside it, so the wall does not say it twice.
 */
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { CHARTER_FRAGMENT } from '../../../../shared/charterText.js';
import { charterStandingMessage } from '../../features/charter/charterStandingMessage.js';
import { SignatoriesPanel } from '../../features/charter/SignatoriesPanel.js';
import { useCharterStanding } from '../../features/charter/useCharterStanding.js';
import { type CharterBlock, charterBlocks } from './charterBlocks.js';
import { ProjectorPages } from './ProjectorPages.js';
// Words that load with this screen, not with the first visit.
import './screenCatalogue.js';

type Item = { key: string; block: CharterBlock | null };
const SIGNATORIES: Item = { key: 'signatories', block: null };

export function CharterPagesProjection({ doc }: { doc: Y.Doc }) {
  const { t, i18n } = useTranslation();
  const blocks = useCharterBlocks(doc);
  const standing = useCharterStanding();
  const adopted = standing.kind === 'adopted';
  const items = useMemo<Item[]>(() => [...blocks.map((block, i) => ({ key: `b${i}`, block })), ...(adopted ? [SIGNATORIES] : [])], [blocks, adopted]);
  return (
    <section className="projection charter-projection" aria-label={t('charter.title')} data-testid="charter-projection">
      {(standing.kind === 'adopted' || standing.kind === 'under-vote') && (
        <p className={`projection__standing projection__standing--${standing.kind}`}>
          {charterStandingMessage(standing, t, i18n.language)}
          {standing.kind === 'adopted' && <span className="projection__hash"> SHA-256 {standing.serverHash.slice(0, 16)}…</span>}
        </p>
      )}
      {items.length === 0 ? (
        <p className="projection__empty">{t('screen.nothingYet')}</p>
      ) : (
        <ProjectorPages items={items} keyOf={(item) => item.key} render={(item) => (item.block ? <CharterBlockView block={item.block} /> : <SignatoriesPanel />)} />
      )}
    </section>
  );
}

function CharterBlockView({ block }: { block: CharterBlock }) {
  if (block.kind === 'heading') return <h3 className="charter-block charter-block--heading">{block.text}</h3>;
  return (
    <p className={`charter-block charter-block--${block.kind}`}>
      {block.marker && <span className="charter-block__marker">{block.marker}</span>}
      <span>{block.text}</span>
    </p>
  );
}

/** The blocks, re-read on each change of the fragment. */
function useCharterBlocks(doc: Y.Doc): CharterBlock[] {
  const fragment = doc.getXmlFragment(CHARTER_FRAGMENT);
  const snapshot = useRef<CharterBlock[]>(charterBlocks(fragment));
  const subscribe = useCallback(
    (notify: () => void) => {
      const handleChange = () => {
        snapshot.current = charterBlocks(fragment);
        notify();
      };
      fragment.observeDeep(handleChange);
      handleChange();
      return () => fragment.unobserveDeep(handleChange);
    },
    [fragment],
  );
  return useSyncExternalStore(subscribe, () => snapshot.current);
}
