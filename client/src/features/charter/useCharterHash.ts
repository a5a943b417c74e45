/**
 * The SHA-256 of the charter's canonical text as this page holds it, recomputed when the
 * document changes. Derived with the same rules as the server (`shared/charterText.ts`), so a
 * participant can see for themselves that the text on their screen is the text put to the vote.
 */
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { canonicalCharterText } from '../../../../shared/charterText.js';
import { sha256Hex } from './sha256.js';

/** Null while computing or when `active` is false (no one needs a hash of a draft still moving). */
export function useCharterHash(doc: Y.Doc, active: boolean): string | null {
  const [hash, setHash] = useState<string | null>(null);
  useEffect(() => {
    if (!active) return;
    let current = true;
    const recompute = () => {
      void sha256Hex(canonicalCharterText(doc)).then((next) => {
        if (current) setHash(next);
      });
    };
    recompute();
    doc.on('update', recompute);
    return () => {
      current = false;
      doc.off('update', recompute);
      // No hash of a text that may move on: null until the next one is computed.
      setHash(null);
    };
  }, [doc, active]);
  return hash;
}
