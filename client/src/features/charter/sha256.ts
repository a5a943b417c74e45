/**
 * SHA-256 of a text's UTF-8 bytes, in hex, as the server hashes the charter. SubtleCrypto exists
 * only in secure contexts (https, localhost); a participant on the venue's plain-http LAN address
 * has none, so the pure implementation takes over there.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** Hex digest of `text`, with SubtleCrypto when the page may use it. */
export async function sha256Hex(text: string, subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  if (!subtle) return bytesToHex(sha256(bytes));
  return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
}
