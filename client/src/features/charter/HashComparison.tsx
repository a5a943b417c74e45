/** The hash of the text on this screen beside the hash the server recorded, and whether they are the same. */
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useCharterHash } from './useCharterHash.js';

/** The verdict is in words, not colour alone. */
export function HashComparison({ doc, serverHash }: { doc: Y.Doc; serverHash: string | null }) {
  const { t } = useTranslation();
  const localHash = useCharterHash(doc, true);
  const same = localHash !== null && serverHash !== null && localHash === serverHash;
  return (
    <dl className="charter-hash">
      <dt>{t('charter.standing.localHash')}</dt>
      <dd>
        <code data-testid="charter-local-hash">{localHash ?? t('charter.standing.computing')}</code>
      </dd>
      {serverHash && (
        <>
          <dt>{t('charter.standing.serverHash')}</dt>
          <dd>
            <code data-testid="charter-server-hash">{serverHash}</code>
          </dd>
        </>
      )}
      {serverHash && localHash && (
        <dd className={`charter-hash__verdict charter-hash__verdict--${same ? 'same' : 'different'}`} data-testid="charter-hash-verdict" data-same={same}>
          {same ? t('charter.standing.matches') : t('charter.standing.differs')}
        </dd>
      )}
    </dl>
  );
}
