/** The adopted text's fingerprint: anyone can recompute it from the record with `sha256sum`. */
import { createHash } from 'node:crypto';

/** SHA-256 hex of the UTF-8 bytes of the canonical text. */
export function charterHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
